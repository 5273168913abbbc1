/**
 * When the extension first saw each cookie: browsers expose no creation time, so a session's age is the
 * time since its current value was first seen. Kept in `storage.local` so ages survive a browser restart;
 * only a short fingerprint of the value is stored, never the value (docs/design.md, "Privacy").
 */
import { type Cookie, identityKey } from "../../core/cookie.ts";
import type { StoragePort } from "../../platform/storage-port.ts";

const KEY = "firstSeen";

/** FNV-1a, 32 bits: tells a new value from the old one, and cannot give the value back. */
function fingerprint(value: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < value.length; i++) {
		hash ^= value.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

export const firstSeenKey = (c: Cookie) => `${identityKey(c)}#${fingerprint(c.value)}`;

/**
 * Epoch seconds each cookie was first seen, recording `now` for new ones and forgetting cookies that are
 * gone (so the record stays as large as the jar).
 */
export async function updateFirstSeen(
	local: StoragePort,
	cookies: readonly Cookie[],
	now: number,
): Promise<Map<string, number>> {
	const stored = (await local.get<Record<string, number>>(KEY)) ?? {};
	const next: Record<string, number> = {};
	for (const cookie of cookies) {
		const key = firstSeenKey(cookie);
		const seen = stored[key];
		next[key] = typeof seen === "number" && seen <= now ? seen : now;
	}
	await local.set({ [KEY]: next });
	return new Map(Object.entries(next));
}
