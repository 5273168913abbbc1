/** Driving the popup the way a user does: expand a cookie, press its buttons, confirm, wait for the outcome. */
import type { BrowserPage } from "../browser-page.ts";

export const rowOf = (name: string) => `li.cookie[data-cookie="${name}"]`;

/** Expands the cookie's row (opening the collapsed section it is in first) and waits for its details. */
export async function expandCookie(popup: BrowserPage, name: string): Promise<void> {
	await popup.evaluate((row) => {
		const li = document.querySelector(row);
		if (!li)
			for (const d of document.querySelectorAll("details[data-section]:not([open])"))
				d.querySelector("summary")?.click();
	}, rowOf(name));
	await popup.waitForSelector(`${rowOf(name)} .cookie-toggle`);
	await popup.click(`${rowOf(name)} .cookie-toggle`);
	await popup.waitForSelector(`${rowOf(name)} .details`);
}

/** Presses a `data-action` button of the cookie's details. */
export async function cookieAction(popup: BrowserPage, name: string, action: string): Promise<void> {
	await expandCookie(popup, name);
	await popup.click(`${rowOf(name)} [data-action="${action}"]`);
}

/** Waits for the banner of the action's outcome and returns its text. */
export async function noticeText(popup: BrowserPage, key: string): Promise<string> {
	await popup.waitForSelector(`[data-notice="${key}"]`);
	// The popup re-reads the report after every action; wait until it is no longer busy.
	await popup.waitForSelector("[data-state][aria-busy=false]");
	return popup.text(`[data-notice="${key}"]`);
}

export async function waitForRowGone(popup: BrowserPage, name: string): Promise<void> {
	await popup.waitForFunction((row) => document.querySelector(row) === null, rowOf(name));
}

/** Sets a form control's value as typing would, so Preact's onInput sees it. */
export async function typeInto(popup: BrowserPage, selector: string, value: string): Promise<void> {
	await popup.evaluate(
		([s, v]) => {
			const input = document.querySelector<HTMLInputElement>(s);
			if (!input) throw new Error(`no ${s}`);
			input.value = v;
			input.dispatchEvent(new Event("input", { bubbles: true }));
		},
		[selector, value] as const,
	);
}

/**
 * Captures what the popup hands to the clipboard and to downloads: headless browsers have no clipboard
 * a test can read, and no download shelf. The popup's own code runs unchanged up to those two calls.
 */
export async function captureOutputs(popup: BrowserPage): Promise<void> {
	await popup.evaluate(() => {
		const w = window as unknown as { captured: { kind: string; name?: string; text: string }[] };
		w.captured = [];
		navigator.clipboard.writeText = async (text: string) => {
			w.captured.push({ kind: "clipboard", text });
		};
		HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
			const name = this.download;
			fetch(this.href)
				.then((r) => r.text())
				.then((text) => w.captured.push({ kind: "download", name, text }));
		};
	}, undefined);
}

export async function captured(popup: BrowserPage, count: number) {
	await popup.waitForFunction(
		(n) => (window as unknown as { captured: unknown[] }).captured.length >= n,
		count,
	);
	return popup.evaluate(
		() => (window as unknown as { captured: { kind: string; name?: string; text: string }[] }).captured,
		undefined,
	);
}
