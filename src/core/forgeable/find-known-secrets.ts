/**
 * The signature check of `forgeable-session` (docs/design.md, "Version 2"): which signed cookies verify
 * with a publicly known secret. Pure and asynchronous: the HMACs are WebCrypto's (`crypto.subtle`, in the
 * extension's background and in Node 20 alike), passed in. The work is linear in the number of secrets:
 * each candidate was parsed once (signed-candidates.ts), each secret's keys are derived once per recipe,
 * and a cookie drops out at its first match.
 */
import { equalBytes, utf8 } from "./bytes.ts";
import { keyDeriver } from "./derive-key.ts";
import type { KnownSecret } from "./known-secret.ts";
import { recipeId, type SignedCandidate, type SignedFormat } from "./signed-format.ts";

export interface ForgeableMatch {
	/** Index of the cookie, as in the candidates. */
	cookie: number;
	format: SignedFormat;
	/** The matching secret's `source`; the secret itself is never returned. */
	source: string;
}

export interface FindOptions {
	subtle: SubtleCrypto;
	/** Called after each batch of secrets with how many were tried so far and how many there are. */
	onProgress?: (tried: number, total: number) => void;
}

/** Secrets tried at once: WebCrypto work runs off the main thread in Node, so batches overlap. */
const BATCH = 256;

/**
 * For each cookie with a candidate, the first secret (in list order) its signature verifies with. A
 * secret that cannot be a key (empty) or that WebCrypto refuses matches nothing; nothing here throws
 * for a value or a secret.
 */
export async function findKnownSecrets(
	candidates: readonly SignedCandidate[],
	secrets: readonly KnownSecret[],
	options: FindOptions,
): Promise<ForgeableMatch[]> {
	const matches: ForgeableMatch[] = [];
	const solved = new Set<number>();
	let open = [...candidates];
	for (let start = 0; start < secrets.length && open.length > 0; start += BATCH) {
		const batch = secrets.slice(start, start + BATCH);
		const groups = groupByRecipe(open);
		const hits = await Promise.all(batch.map((s) => hitsOf(s.secret, groups, options.subtle)));
		hits.forEach((found, i) => {
			for (const c of found) {
				if (solved.has(c.cookie)) continue;
				solved.add(c.cookie);
				matches.push({ cookie: c.cookie, format: c.format, source: batch[i]?.source ?? "" });
			}
		});
		open = open.filter((c) => !solved.has(c.cookie));
		options.onProgress?.(Math.min(secrets.length, start + BATCH), secrets.length);
	}
	return matches;
}

function groupByRecipe(candidates: readonly SignedCandidate[]): SignedCandidate[][] {
	const groups = new Map<string, SignedCandidate[]>();
	for (const c of candidates) {
		const id = recipeId(c.recipe);
		const group = groups.get(id);
		if (group === undefined) groups.set(id, [c]);
		else group.push(c);
	}
	return [...groups.values()];
}

async function hitsOf(
	secret: string | Uint8Array,
	groups: readonly SignedCandidate[][],
	subtle: SubtleCrypto,
): Promise<SignedCandidate[]> {
	const bytes = typeof secret === "string" ? utf8(secret) : secret;
	if (bytes.length === 0) return [];
	const hits: SignedCandidate[] = [];
	try {
		const keyFor = keyDeriver(subtle, bytes);
		for (const group of groups) {
			const first = group[0];
			if (first === undefined) continue;
			const key = await keyFor(first.recipe);
			for (const c of group) {
				const mac = await subtle.sign("HMAC", key, c.message);
				if (equalBytes(new Uint8Array(mac), c.signature)) hits.push(c);
			}
		}
	} catch {
		// WebCrypto refused this secret as a key: it matches nothing more.
	}
	return hits;
}
