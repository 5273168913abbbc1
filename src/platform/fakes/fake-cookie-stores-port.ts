/** A fixed list of cookie stores, for unit tests (kept apart so tests never load webextension-polyfill). */
import type { CookieStoresPort } from "../cookie-stores-port.ts";

export function createFakeCookieStoresPort(ids: string[]): CookieStoresPort {
	return { storeIds: async () => [...ids] };
}
