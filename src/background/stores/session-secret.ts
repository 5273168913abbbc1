/**
 * A random HMAC-SHA-256 key made once per browser session and kept only in `storage.session`, and the
 * short keyed fingerprints of cookie values made with it (docs/design.md, "Privacy"): equal values give
 * equal fingerprints within the session, and without the key not even a 4-digit value can be searched for.
 */
import type { StoragePort } from "../../platform/storage-port.ts";

export interface SessionSecret {
	/** A random id naming the key (not the key): which key made a fingerprint. */
	id: string;
	key: CryptoKey;
}

/** The key stored under `storageKey`, made on first use. */
export async function loadSessionSecret(session: StoragePort, storageKey: string): Promise<SessionSecret> {
	let stored = await session.get<{ id: string; bytes: number[] }>(storageKey);
	if (!stored) {
		stored = { id: crypto.randomUUID(), bytes: [...crypto.getRandomValues(new Uint8Array(32))] };
		await session.set({ [storageKey]: stored });
	}
	const raw = new Uint8Array(stored.bytes);
	const key = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
	return { id: stored.id, key };
}

const encoder = new TextEncoder();

/** The value's fingerprint, 64 bits as hex: they tell a new value from the old one; the key keeps it secret. */
export async function fingerprint(secret: SessionSecret, value: string): Promise<string> {
	const mac = new Uint8Array(await crypto.subtle.sign("HMAC", secret.key, encoder.encode(value)));
	return [...mac.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
