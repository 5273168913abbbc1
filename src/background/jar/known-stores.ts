/**
 * Requests that name cookie stores (a cookie's `storeId`, a bulk target's) are refused before anything is
 * touched when a store is not one the browser has: a bad request changes nothing. Without this check
 * Chrome would delete the cookies before the unknown store and then throw, leaving half an action that
 * undo does not know about.
 */
import type { MessageType } from "../../messaging/protocol.ts";
import type { CookieStoresPort } from "../../platform/cookie-stores-port.ts";

export type StoreDeps = { cookieStores: CookieStoresPort };

export async function assertKnownStores(
	deps: StoreDeps,
	at: { message: MessageType; field: string },
	items: readonly { storeId?: string }[],
): Promise<void> {
	if (items.length === 0) return;
	const known = new Set((await deps.cookieStores.stores()).map((s) => s.id));
	const index = items.findIndex((item) => item.storeId === undefined || !known.has(item.storeId));
	if (index === -1) return;
	const storeId = String(items[index]?.storeId).slice(0, 40);
	throw new Error(
		`${at.message}: \`${at.field}[${index}].storeId\` is not a cookie store of this browser (got "${storeId}").`,
	);
}
