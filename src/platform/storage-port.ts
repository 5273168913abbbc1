/** One storage area (`storage.session` or `storage.sync`) as a narrow key-value port. */
import { browser } from "./browser.ts";

export interface StoragePort {
	get<T>(key: string): Promise<T | undefined>;
	/** Every stored entry whose key starts with `prefix`. */
	entries<T>(prefix: string): Promise<[string, T][]>;
	set(items: Record<string, unknown>): Promise<void>;
	remove(keys: string[]): Promise<void>;
}

export type StorageAreaName = "session" | "sync" | "local";

/**
 * `storage.session` lives in memory for as long as the browser runs and survives a stopped service worker
 * or suspended event page (https://developer.chrome.com/docs/extensions/reference/api/storage#property-session);
 * by default only the extension's own pages and background can read it, not content scripts.
 */
export function createBrowserStoragePort(area: StorageAreaName): StoragePort {
	const storage = browser.storage[area];
	return {
		async get<T>(key: string) {
			const items = await storage.get(key);
			return items[key] as T | undefined;
		},
		async entries<T>(prefix: string) {
			const items = await storage.get(null);
			return Object.entries(items).filter(([key]) => key.startsWith(prefix)) as [string, T][];
		},
		set: (items) => storage.set(items),
		remove: (keys) => storage.remove(keys),
	};
}
/**
 * `storage.managed` (policy). Firefox rejects the read when no managed-storage manifest is installed
 * (MDN storage.managed), which means "no policy", as does an empty record in Chrome.
 */
export async function readManagedStorage(): Promise<unknown> {
	return browser.storage.managed.get(null).catch(() => undefined);
}
