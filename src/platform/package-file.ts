/**
 * A file of the extension's own package, read through its extension URL (`runtime.getURL`): no network
 * request, the browser serves it from the installed package.
 */
import { browser } from "./browser.ts";

export async function readPackageFile(path: string): Promise<Uint8Array<ArrayBuffer>> {
	const response = await fetch(browser.runtime.getURL(path));
	if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
	return new Uint8Array(await response.arrayBuffer());
}
