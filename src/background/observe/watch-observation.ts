/** Wires the browser's events to the observer. Every call registers synchronously (docs/conventions.md, "Code shape"). */
import type { CookiePort } from "../../platform/cookie-port.ts";
import type { TabPort } from "../../platform/tab-port.ts";
import type { TabResponse, WebRequestPort } from "../../platform/web-request-port.ts";
import type { Observer } from "./observer.ts";

export interface ObservedEvents {
	webRequest: WebRequestPort;
	cookies: Pick<CookiePort, "onChanged">;
	tabs: Pick<TabPort, "onRemoved">;
}

/** Another reader of every response (the sign-out test): it shares the one webRequest listener. */
export interface ResponseReader {
	response(response: TabResponse): void;
}

export function watchObservation(
	events: ObservedEvents,
	observer: Observer,
	readers: ResponseReader[] = [],
): void {
	events.webRequest.onResponse((response) => {
		observer.response(response);
		for (const reader of readers) reader.response(response);
	});
	events.webRequest.onPasswordRequest((request) => observer.passwordRequest(request));
	events.cookies.onChanged((change) => observer.cookieChanged(change));
	events.tabs.onRemoved((tabId) => observer.tabRemoved(tabId));
}
