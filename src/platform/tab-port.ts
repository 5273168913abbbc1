/** What the background needs to know about tabs, through a narrow port. */
import { browser } from "./browser.ts";
export interface TabInfo {
	id: number;
	url: string;
	/** The cookie store of the tab: a container or private store in Firefox, the incognito store in Chrome. */
	storeId: string;
	incognito: boolean;
	/** The name of the tab's Firefox container ("Personal", "Work" …), when it is in one. */
	containerName?: string;
	/** The tab is still loading a page (tabs.Tab `status` "loading"; no permission needed). */
	loading?: boolean;
}

export interface TabPort {
	get(tabId: number): Promise<TabInfo>;
	/** URLs of every frame of the tab, the top-level document first. */
	frameUrls(tabId: number): Promise<string[]>;
	/** Every open tab's id (no "tabs" permission needed for ids). */
	allTabIds(): Promise<number[]>;
	/** A document committed or finished loading in one of the tab's frames. */
	onNavigated(listener: (tabId: number) => void): void;
	/** The user switched to this tab. */
	onActivated(listener: (tabId: number) => void): void;
	onRemoved(listener: (tabId: number) => void): void;
	/**
	 * Loads the tab's page again from the server (the sign-out test; no permission needed: MDN tabs.reload,
	 * tabs.update): `url` when given and the tab shows another page by now, else the page it shows.
	 */
	reload(tabId: number, url?: string): Promise<void>;
}

/**
 * Chrome has no `cookieStoreId` on tabs: the store is found through `cookies.getAllCookieStores()`,
 * whose entries list their tab ids (https://developer.chrome.com/docs/extensions/reference/api/cookies#type-CookieStore).
 */
async function storeIdOf(tabId: number, cookieStoreId: string | undefined): Promise<string> {
	if (cookieStoreId) return cookieStoreId;
	const stores = await browser.cookies.getAllCookieStores();
	return stores.find((s) => s.tabIds.includes(tabId))?.id ?? "0";
}

/**
 * Without host access (and without the "tabs" permission) Chrome hides `tab.url`; the top frame's URL
 * from webNavigation is still known, so the popup can name the site it needs access to.
 */
async function topFrameUrl(tabId: number): Promise<string> {
	const frame = await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null);
	return frame?.url ?? "";
}

/**
 * Firefox containers have names people chose; the store id (`firefox-container-2`) means nothing to them.
 * `contextualIdentities` exists only in Firefox, with its permission (MDN contextualIdentities.get).
 */
async function containerNameOf(storeId: string): Promise<string | undefined> {
	if (!storeId.startsWith("firefox-container-") || !browser.contextualIdentities) return undefined;
	const identity = await browser.contextualIdentities.get(storeId).catch(() => null);
	return identity?.name || undefined;
}

export function createBrowserTabPort(): TabPort {
	return {
		async get(tabId): Promise<TabInfo> {
			const tab = await browser.tabs.get(tabId);
			const storeId = await storeIdOf(tabId, tab.cookieStoreId);
			const containerName = await containerNameOf(storeId);
			return {
				id: tabId,
				url: tab.url || (await topFrameUrl(tabId)),
				storeId,
				incognito: tab.incognito,
				...(containerName === undefined ? {} : { containerName }),
				...(tab.status === "loading" ? { loading: true } : {}),
			};
		},
		async frameUrls(tabId) {
			const frames = (await browser.webNavigation.getAllFrames({ tabId })) ?? [];
			return frames
				.slice()
				.sort((a, b) => a.frameId - b.frameId)
				.map((f) => f.url);
		},
		async allTabIds() {
			const tabs = await browser.tabs.query({});
			return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
		},
		onNavigated(listener) {
			// Committed: the tab shows another page; completed: its frames (and their cookies) are in.
			browser.webNavigation.onCommitted.addListener((d) => listener(d.tabId));
			browser.webNavigation.onCompleted.addListener((d) => listener(d.tabId));
		},
		onActivated(listener) {
			browser.tabs.onActivated.addListener((info) => listener(info.tabId));
		},
		onRemoved(listener) {
			browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
		},
		async reload(tabId, url) {
			const tab = url === undefined ? undefined : await browser.tabs.get(tabId);
			if (url !== undefined && tab?.url !== url) await browser.tabs.update(tabId, { url });
			else await browser.tabs.reload(tabId, { bypassCache: true });
		},
	};
}
