/** Accessibility and appearance checks of the real popup: axe-core in the page, cropped screenshots. */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserPage } from "../browser-page.ts";
import { cropPng } from "./png-crop.ts";

/**
 * The folder `npm run screenshots` (scripts/screenshots.mjs) sets for the popup-look test to write into,
 * docs/screenshots; without it the test writes to a temporary folder.
 */
export const SCREENSHOTS_ENV = "SESSION_HYGIENE_SCREENSHOTS";

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core in the popup. Extension pages forbid eval (MV3 CSP), so axe travels as the body of the
 * evaluated function itself, which the automation protocols run outside the page's CSP.
 */
const runAxe = new Function(
	`${axeSource};
	return axe.run(document, { resultTypes: ["violations"] }).then((r) =>
		r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) })));`,
) as () => Promise<AxeViolation[]>;

export function axeViolations(popup: BrowserPage): Promise<AxeViolation[]> {
	return popup.evaluate(runAxe, undefined);
}

/** Screenshots the popup's own box (460 px wide, at most 600 px high like a real popup) into `path`. */
export async function screenshotPopup(popup: BrowserPage, path: string): Promise<void> {
	const box = await popup.evaluate(
		() => ({
			width: document.body.offsetWidth,
			height: Math.min(document.documentElement.scrollHeight, 600),
		}),
		undefined,
	);
	const full = `${path}.full.png`;
	await popup.screenshot(full);
	writeFileSync(path, cropPng(readFileSync(full), { x: 0, y: 0, ...box }));
	await import("node:fs/promises").then((fs) => fs.rm(full));
}
