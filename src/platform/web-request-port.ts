/**
 * The responses of the tabs' documents and of every request they make, as webRequest reports them:
 * non-blocking, so nothing is delayed or changed, and only for URLs the user granted host access to
 * (webRequest reports no other: MDN, webRequest, "To use webRequest…"; Chrome's webRequest docs,
 * "Permissions").
 */
import type { ResponseDetails } from "../core/observe/response-log.ts";
import { browser } from "./browser.ts";

/** One response: its details plus the tab it belongs to. */
export interface TabResponse extends ResponseDetails {
	/** -1 for a request outside any tab: a page's service worker, another extension (MDN, webRequest). */
	tabId: number;
}

export interface WebRequestPort {
	onResponse(listener: (response: TabResponse) => void): void;
}

/**
 * Every resource type, not only documents and fetch/XHR (MDN, webRequest.ResourceType: fetch() and
 * XMLHttpRequest are both "xmlhttprequest"): an image or script response may set a cookie too, and a
 * cookie whose response went unobserved would be taken for a page script's (match-jar-change.ts).
 * A response without Set-Cookie costs no storage write once its host is known (response-log.ts, addsNothing).
 */
const FILTER = { urls: ["http://*/*", "https://*/*"] };

/**
 * Chrome leaves Set-Cookie out of `responseHeaders` unless the listener asks for "extraHeaders"
 * (https://developer.chrome.com/docs/extensions/reference/api/webRequest, "extraHeaders"); Firefox
 * rejects that value as an unknown extraInfoSpec and hands Set-Cookie over without it. Chrome lists the
 * option in the OnHeadersReceivedOptions enum, Firefox does not.
 */
function extraHeadersSupported(): boolean {
	const options = (browser.webRequest as { OnHeadersReceivedOptions?: Record<string, string> })
		.OnHeadersReceivedOptions;
	return Object.values(options ?? {}).includes("extraHeaders");
}

/**
 * onHeadersReceived, not onResponseStarted: it fires for every response, redirects included (a login's
 * 302 sets the session), and onResponseStarted does not fire for a redirect (MDN, webRequest.onBeforeRedirect).
 */
export function createBrowserWebRequestPort(): WebRequestPort {
	return {
		onResponse(listener) {
			const spec: ("responseHeaders" | "extraHeaders")[] = ["responseHeaders"];
			if (extraHeadersSupported()) spec.push("extraHeaders");
			browser.webRequest.onHeadersReceived.addListener(
				(details) => {
					listener({
						tabId: details.tabId,
						url: details.url,
						method: details.method,
						statusCode: details.statusCode,
						timeStamp: details.timeStamp,
						...(details.responseHeaders ? { responseHeaders: details.responseHeaders } : {}),
					});
				},
				FILTER,
				spec,
			);
		},
	};
}
