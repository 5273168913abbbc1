/**
 * The extension's own APIs as a test drives them from one of its pages: the Protocol (as the popup sends
 * it, so sender checks apply), the cookie jar through the real cookie mapping, and the per-tab badge.
 */
import { type Cookie, identityKey } from "../../../src/core/cookie.ts";
import type { MessageType, Protocol, Reply, ResponseOf } from "../../../src/messaging/protocol.ts";
import type { CookieQuery } from "../../../src/platform/cookie-mapping.ts";
import {
	fromBrowserCookie,
	toBrowserDeleteDetails,
	toBrowserQuery,
	toBrowserSetDetails,
} from "../../../src/platform/cookie-mapping.ts";
import type { CookiePort } from "../../../src/platform/cookie-port.ts";
import type { BrowserPage, ExtensionBrowser } from "./browser-page.ts";
import { POPUP_PATH } from "./pages/popup.ts";

/** Runs `browser.<path>(...args)` (chrome.* in Chromium) in the extension page, such as `storage.session.get`. */
function callApi(page: BrowserPage, path: string, args: unknown[]): Promise<unknown> {
	return page.evaluate(
		async ([p, a]) => {
			const g = globalThis as unknown as { browser?: object; chrome: object };
			const names = p.split(".");
			const fn = names.pop() ?? "";
			let target = (g.browser ?? g.chrome) as Record<string, unknown>;
			for (const name of names) target = target[name] as Record<string, unknown>;
			const method = target[fn] as (...xs: unknown[]) => Promise<unknown>;
			return method.apply(target, a);
		},
		[path, args] as const,
	);
}

export interface BadgeShown {
	text: string;
	/** RGBA 0–255, as `action.getBadgeBackgroundColor` reports it. */
	color: number[];
	title: string;
}

export interface ExtensionApi {
	page: BrowserPage;
	/** The raw `{ok, value | error}` reply. */
	send<K extends MessageType>(type: K, request: Protocol[K]["request"]): Promise<Reply<ResponseOf<K>>>;
	/**
	 * Sends any value as a message, exactly as a hostile or broken page could: NaN, ±Infinity and
	 * `__proto__` keys survive the trip into the page (see encodeMessage).
	 */
	sendRaw(message: unknown): Promise<unknown>;
	/** The reply's value; a refused request throws with the background's message. */
	request<K extends MessageType>(type: K, request: Protocol[K]["request"]): Promise<ResponseOf<K>>;
	/** The real cookie API behind the real mapping (src/platform/cookie-mapping.ts). */
	cookies: CookiePort;
	/** The whole jar: every cookie of every store the browser lists, in every partition, by identity. */
	jar(): Promise<Cookie[]>;
	badge(tabId: number): Promise<BadgeShown>;
	/** Everything in `storage.session`. */
	session(): Promise<Record<string, unknown>>;
	/** Everything in `storage.local` or `storage.sync`: what the extension keeps on disk. */
	onDisk(area: "local" | "sync"): Promise<Record<string, unknown>>;
	tabIdOf(urlPrefix: string): Promise<number>;
	close(): Promise<void>;
}

const NUMBER_TAG = "\u0000number";

/**
 * JSON for the trip into the page, with the numbers JSON has no words for tagged. The page parses it
 * back with JSON.parse, which, unlike an object literal, keeps a `__proto__` key as an own field.
 */
function encodeMessage(message: unknown): string {
	return JSON.stringify(message, (_, v) =>
		typeof v === "number" && !Number.isFinite(v) ? { [NUMBER_TAG]: String(v) } : v,
	);
}

export async function openExtensionApi(browser: ExtensionBrowser): Promise<ExtensionApi> {
	const page = await browser.openExtensionPage(POPUP_PATH);
	const firefox = browser.name === "firefox";
	const call = (path: string, ...args: unknown[]) => callApi(page, path, args);
	const send = <K extends MessageType>(type: K, request: Protocol[K]["request"]) =>
		call("runtime.sendMessage", { ...request, type }) as Promise<Reply<ResponseOf<K>>>;
	const cookies: CookiePort = {
		getAll: async (q: CookieQuery) =>
			((await call("cookies.getAll", toBrowserQuery(q, firefox))) as never[]).map(fromBrowserCookie),
		set: async (c: Cookie) => {
			await call("cookies.set", toBrowserSetDetails(c, firefox));
		},
		remove: async (c: Cookie) => {
			await call("cookies.set", toBrowserDeleteDetails(c, firefox));
		},
		onChanged: () => {
			throw new Error("onChanged cannot cross into the test process");
		},
	};
	const sendRaw = (message: unknown) =>
		page.evaluate(
			async ([text, tag]) => {
				const value = JSON.parse(text, (_, v) =>
					v && typeof v === "object" && tag in v ? Number(v[tag]) : v,
				);
				const g = globalThis as unknown as { browser?: object; chrome: object };
				const runtime = (g.browser ?? g.chrome) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
				return runtime.runtime.sendMessage(value);
			},
			[encodeMessage(message), NUMBER_TAG] as const,
		);
	return {
		page,
		send,
		sendRaw,
		async request(type, request) {
			const reply = await send(type, request);
			if (!reply.ok) throw new Error(reply.error);
			return reply.value;
		},
		cookies,
		async jar() {
			const stores = (await call("cookies.getAllCookieStores")) as { id: string }[];
			const all: Cookie[] = [];
			for (const { id } of stores) all.push(...(await cookies.getAll({ storeId: id, partitionKey: {} })));
			return all.sort((a, b) => (identityKey(a) < identityKey(b) ? -1 : 1));
		},
		async badge(tabId) {
			const [text, color, title] = await Promise.all([
				call("action.getBadgeText", { tabId }),
				call("action.getBadgeBackgroundColor", { tabId }),
				call("action.getTitle", { tabId }),
			]);
			return { text: text as string, color: color as number[], title: title as string };
		},
		session: async () => (await call("storage.session.get", null)) as Record<string, unknown>,
		onDisk: async (area) => (await call(`storage.${area}.get`, null)) as Record<string, unknown>,
		async tabIdOf(prefix) {
			const tabs = (await call("tabs.query", {})) as { id?: number; url?: string }[];
			const tab = tabs.find((t) => t.url?.startsWith(prefix));
			if (tab?.id === undefined) throw new Error(`no tab at ${prefix}: ${tabs.map((t) => t.url).join(", ")}`);
			return tab.id;
		},
		close: () => page.close(),
	};
}
