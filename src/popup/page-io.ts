/** The popup page's own I/O: saving a file and writing the clipboard, with plain web APIs. */

/**
 * A Blob URL on a temporary <a download>: no `downloads` permission needed, works in both browsers'
 * extension pages. The URL is revoked after the click has started the download.
 */
export function downloadText(filename: string, mimeType: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
	const a = document.createElement("a");
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Needs the click's user activation in Firefox, so call it straight from the handler's promise chain. */
export function copyText(text: string): Promise<void> {
	return navigator.clipboard.writeText(text);
}
