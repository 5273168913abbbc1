/** Driving the options page's settings file the way a user does: pick a file to import, click export. */
import type { BrowserPage, ExtensionBrowser } from "../browser-page.ts";

export const OPTIONS_PATH = "src/options/index.html";
export const OVERVIEW_PATH = "src/options/overview/index.html";

/** `/set?h=…`: the fixture site answers with exactly these Set-Cookie headers. */
export const setCookiePath = (...headers: string[]) =>
	`/set?${headers.map((h) => `h=${encodeURIComponent(h)}`).join("&")}`;

export async function openOptions(browser: ExtensionBrowser): Promise<BrowserPage> {
	const page = await browser.openExtensionPage(OPTIONS_PATH);
	await page.waitForSelector("[data-state=ready] form");
	return page;
}

/** Puts a file into the import input, as the file picker does, and fires its change event. */
export async function importFile(page: BrowserPage, text: string, name = "settings.json"): Promise<void> {
	await page.evaluate(
		([content, filename]) => {
			const input = document.querySelector<HTMLInputElement>("input[data-import]");
			if (!input) throw new Error("no import input");
			const transfer = new DataTransfer();
			transfer.items.add(new File([content], filename, { type: "application/json" }));
			input.files = transfer.files;
			input.dispatchEvent(new Event("change", { bubbles: true }));
		},
		[text, name] as const,
	);
}

/** Puts a text file into "Your secrets" import input, as the file picker does. */
export async function importSecretsFile(page: BrowserPage, text: string): Promise<void> {
	await page.evaluate((content) => {
		const input = document.querySelector<HTMLInputElement>("input[data-import-secrets]");
		if (!input) throw new Error("no secrets import input");
		const transfer = new DataTransfer();
		transfer.items.add(new File([content], "secrets.txt", { type: "text/plain" }));
		input.files = transfer.files;
		input.dispatchEvent(new Event("change", { bubbles: true }));
	}, text);
}

/** Clicks export and reads the downloaded file's text from its blob URL (the download itself is skipped). */
export function exportFile(page: BrowserPage): Promise<string> {
	return page.evaluate(async () => {
		const original = HTMLAnchorElement.prototype.click;
		let href = "";
		HTMLAnchorElement.prototype.click = function capture(this: HTMLAnchorElement) {
			href = this.href;
		};
		try {
			document.querySelector<HTMLButtonElement>("[data-export]")?.click();
		} finally {
			HTMLAnchorElement.prototype.click = original;
		}
		if (!href.startsWith("blob:")) throw new Error(`export did not download a blob: ${href}`);
		return (await fetch(href)).text();
	}, undefined);
}

/** Types into an input the way a user does (value, then an input event Preact listens to). */
export function typeInto(page: BrowserPage, selector: string, value: string): Promise<void> {
	return page.evaluate(
		([sel, text]) => {
			const input = document.querySelector<HTMLInputElement | HTMLSelectElement>(sel);
			if (!input) throw new Error(`no ${sel}`);
			input.value = text;
			input.dispatchEvent(
				new Event(input instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }),
			);
		},
		[selector, value] as const,
	);
}
