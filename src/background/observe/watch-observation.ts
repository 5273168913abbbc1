/** Wires the browser's events to the observer. Every call registers synchronously (docs/conventions.md, "Code shape"). */
import type { CookiePort } from "../../platform/cookie-port.ts";
import type { TabPort } from "../../platform/tab-port.ts";
import type { WebRequestPort } from "../../platform/web-request-port.ts";
import type { Observer } from "./observer.ts";

export interface ObservedEvents {
	webRequest: WebRequestPort;
	cookies: Pick<CookiePort, "onChanged">;
	tabs: Pick<TabPort, "onRemoved">;
}

export function watchObservation(events: ObservedEvents, observer: Observer): void {
	events.webRequest.onResponse((response) => observer.response(response));
	events.webRequest.onPasswordRequest((request) => observer.passwordRequest(request));
	events.cookies.onChanged((change) => observer.cookieChanged(change));
	events.tabs.onRemoved((tabId) => observer.tabRemoved(tabId));
}
