/**
 * A cache key for one cookie's verdict: the cookie's name and a SHA-256 of what the verdict depends on
 * (format and signed text), so a cache can hold verdicts without holding cookie values. The verdict also
 * depends on the secrets checked: a cache keeps one map per list.
 */
import { utf8 } from "./bytes.ts";
import type { SignedCandidate } from "./signed-format.ts";

export async function verdictKey(
	subtle: SubtleCrypto,
	name: string,
	candidate: SignedCandidate,
): Promise<string> {
	const digest = await subtle.digest("SHA-256", utf8(`${candidate.format}\u0000${candidate.signed}`));
	const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
	return `${name}\u0000${hex}`;
}
