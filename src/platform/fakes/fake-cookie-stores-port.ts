/** A fixed list of cookie stores, for unit tests (kept apart so tests never load webextension-polyfill). */
import type { CookieStoresPort } from "../cookie-stores-port.ts";

/** Stores by id; those named in `privateIds` are private-window stores. */
export function createFakeCookieStoresPort(ids: string[], privateIds: string[] = []): CookieStoresPort {
	return { stores: async () => ids.map((id) => ({ id, private: privateIds.includes(id) })) };
}
