/**
 * When the extension first saw each cookie: browsers expose no creation time, so a session's age is the
 * time since its current value was first seen (docs/design.md, "Privacy"; docs/privacy.md).
 *
 * - Normal stores' records are kept in `storage.local`, so ages survive a browser restart. A private
 *   window's records stay in `storage.session` (memory): nothing of a private window reaches the disk.
 * - No value, and nothing that gives a value back, is kept: a record holds the cookie's identity, a time,
 *   and an HMAC-SHA-256 fingerprint of the value under a random key that lives only in `storage.session`.
 *   Without the key the fingerprint of even a 4-digit value cannot be searched for; with the key gone
 *   (after a browser restart) a record keeps its time by identity and is fingerprinted anew.
 */
import { type Cookie, identityKey } from "../../core/cookie.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import { fingerprint, loadSessionSecret } from "./session-secret.ts";

const LOCAL_RECORDS = "firstSeen";
const PRIVATE_RECORDS = "firstSeenPrivate";
const SECRET = "firstSeenSecret";

interface Seen {
	/** Epoch seconds the value was first seen. */
	t: number;
	/** The value's keyed fingerprint. */
	h: string;
	/** Which key made the fingerprint (a random id, not the key). */
	k: string;
}

export interface FirstSeenStores {
	local: StoragePort;
	session: StoragePort;
}

/** The cookies of one store, and whether it is a private window's. */
export interface SeenGroup {
	storeId: string;
	private: boolean;
	cookies: readonly Cookie[];
}

function isSeen(value: unknown): value is Seen {
	const v = value as Partial<Seen> | null;
	return typeof v === "object" && v !== null && typeof v.t === "number" && typeof v.h === "string";
}

/**
 * Epoch seconds each cookie's current value was first seen, by identityKey: `now` for new cookies and
 * changed values, the kept time otherwise. Cookies gone from the stores given are forgotten, so the records
 * stay as large as the jar; records of other stores are kept as they are (Chrome's incognito instance, in
 * split mode, shares `storage.local` with the normal one but sees only its own store).
 */
export async function updateFirstSeen(
	stores: FirstSeenStores,
	groups: readonly SeenGroup[],
	now: number,
): Promise<Map<string, number>> {
	const secret = await loadSessionSecret(stores.session, SECRET);
	const kept = {
		local: (await stores.local.get<Record<string, unknown>>(LOCAL_RECORDS)) ?? {},
		private: (await stores.session.get<Record<string, unknown>>(PRIVATE_RECORDS)) ?? {},
	};
	const given = new Set(groups.map((g) => g.storeId));
	const untouched = (records: Record<string, unknown>) =>
		Object.fromEntries(
			Object.entries(records).filter(([key]) => !given.has(key.split("\u0000", 1)[0] ?? "")),
		);
	const next = {
		local: untouched(kept.local) as Record<string, Seen>,
		private: untouched(kept.private) as Record<string, Seen>,
	};
	const times = new Map<string, number>();
	for (const group of groups) {
		const area = group.private ? "private" : "local";
		const hashes = await Promise.all(group.cookies.map((c) => fingerprint(secret, c.value)));
		group.cookies.forEach((cookie, i) => {
			const key = identityKey(cookie);
			const h = hashes[i] ?? "";
			const old = kept[area][key];
			const same = isSeen(old) && old.t <= now && (old.k !== secret.id || old.h === h);
			const seen = { t: same ? old.t : now, h, k: secret.id };
			next[area][key] = seen;
			times.set(key, seen.t);
		});
	}
	await stores.local.set({ [LOCAL_RECORDS]: next.local });
	await stores.session.set({ [PRIVATE_RECORDS]: next.private });
	return times;
}
