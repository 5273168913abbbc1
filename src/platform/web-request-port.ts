/**
 * The responses of the tabs' documents and of every request they make, as webRequest reports them:
 * non-blocking, so nothing is delayed or changed, and only for URLs the user granted host access to
 * (webRequest reports no other: MDN, webRequest, "To use webRequest…"; Chrome's webRequest docs,
 * "Permissions").
 */
import type { ResponseDetails } from "../core/observe/response-log.ts";
import { MAX_BODY_CHARS, passwordFieldOf } from "../core/sign-in/password-field.ts";
import { browser } from "./browser.ts";

/** One response: its details plus the tab it belongs to. */
export interface TabResponse extends ResponseDetails {
	/** -1 for a request outside any tab: a page's service worker, another extension (MDN, webRequest). */
	tabId: number;
	/** The same for every hop of one request, redirects included (MDN, webRequest, "requestId"). */
	requestId?: string;
	/** The resource type: "main_frame" for a tab's page (MDN, webRequest.ResourceType). */
	type?: string;
}

/** A request whose body had a filled password field: the field's name only, never a value. */
export interface PasswordRequest {
	tabId: number;
	requestId: string;
	url: string;
	method: string;
	/** A page script's fetch or XHR ("xmlhttprequest"), not a form's navigation. */
	fromScript: boolean;
	/** The page that sent it, where the browser says (Firefox: documentUrl). */
	pageUrl?: string;
	/** Firefox names the request's cookie store (cookieStoreId); Chrome leaves it to the tab. */
	storeId?: string;
	timeStamp: number;
	field: string;
}

export interface WebRequestPort {
	onResponse(listener: (response: TabResponse) => void): void;
	/**
	 * Requests that carry a password (sign-in-record.ts): bodies are read only to find the field's name,
	 * and nothing of them is kept (docs/privacy.md).
	 */
	onPasswordRequest(listener: (request: PasswordRequest) => void): void;
}

/** The body as `passwordFieldOf` reads it: parsed form fields, or the raw bytes decoded as UTF-8. */
function bodyOf(body: {
	formData?: Record<string, readonly string[] | string> | undefined;
	raw?: { bytes?: unknown }[] | undefined;
}) {
	if (body.formData) return { formData: body.formData };
	// Checked by shape, not instanceof: the buffer may come from another realm.
	const parts = (body.raw ?? []).flatMap((part) =>
		typeof (part.bytes as ArrayBuffer | undefined)?.byteLength === "number"
			? [new Uint8Array(part.bytes as ArrayBuffer)]
			: [],
	);
	const size = parts.reduce((sum, p) => sum + p.byteLength, 0);
	if (size === 0 || size > MAX_BODY_CHARS * 4) return {};
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.byteLength;
	}
	return { text: new TextDecoder("utf-8", { fatal: false }).decode(bytes) };
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
						requestId: details.requestId,
						type: details.type,
						...(details.responseHeaders ? { responseHeaders: details.responseHeaders } : {}),
					});
				},
				FILTER,
				spec,
			);
		},
		onPasswordRequest(listener) {
			// "requestBody" is all either browser needs; the listener never blocks or changes the request.
			browser.webRequest.onBeforeRequest.addListener(
				(details) => {
					if (details.method !== "POST" && details.method !== "PUT" && details.method !== "PATCH") return;
					const field = details.requestBody ? passwordFieldOf(bodyOf(details.requestBody)) : undefined;
					if (field === undefined) return;
					const extra = details as { documentUrl?: string; cookieStoreId?: string };
					listener({
						tabId: details.tabId,
						requestId: details.requestId,
						url: details.url,
						method: details.method,
						fromScript: details.type === "xmlhttprequest",
						...(extra.documentUrl ? { pageUrl: extra.documentUrl } : {}),
						...(extra.cookieStoreId ? { storeId: extra.cookieStoreId } : {}),
						timeStamp: details.timeStamp,
						field,
					});
				},
				FILTER,
				["requestBody"],
			);
		},
	};
}
