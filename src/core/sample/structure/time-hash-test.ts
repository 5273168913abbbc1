/**
 * Ids made by hashing the time (`md5(time())`, `sha1(microtime())`-style constructions: OWASP Session
 * Management Cheat Sheet, "Session ID Entropy", and OWASP WSTG-SESS-01 on predictable ids): a value
 * whose hex length is a digest's is compared with that digest of the response time in decimal
 * seconds within ±60 s and in milliseconds within ±2 s of its Date header.
 *
 * The digest comes in as a parameter: core runs in the browser too, where no synchronous digest exists
 * (WebCrypto's `crypto.subtle.digest` is asynchronous and has no MD5), and a pure MD5/SHA-1 of our own
 * would be code to keep for one check. The CLI passes node:crypto's createHash.
 */
import type { SampleTest } from "../sample-test.ts";

export type DigestAlgorithm = "md5" | "sha1" | "sha256";
/** Hex digest of UTF-8 text, synchronously. */
export type HexDigest = (algorithm: DigestAlgorithm, text: string) => string;

/** The digest a hex value of this length could be. */
export const DIGEST_BY_HEX_LENGTH: Readonly<Record<number, DigestAlgorithm>> = {
	32: "md5",
	40: "sha1",
	64: "sha256",
};
const SECONDS_WINDOW = 60;
const MS_WINDOW = 2_000;
/** One match is proof; a few values are enough, and each costs 5,122 digests. */
const VALUES_TRIED = 4;

function timeInputs(dateMs: number): string[] {
	const seconds = Math.floor(dateMs / 1000);
	const inputs: string[] = [];
	for (let s = seconds - SECONDS_WINDOW; s <= seconds + SECONDS_WINDOW; s++) inputs.push(String(s));
	for (let ms = seconds * 1000 - MS_WINDOW; ms <= seconds * 1000 + 1000 + MS_WINDOW; ms++)
		inputs.push(String(ms));
	return inputs;
}

/** The input whose digest is the value, if one is. */
function matchOf(
	value: string,
	dateMs: number,
	digest: HexDigest,
): { algorithm: DigestAlgorithm; input: string } | undefined {
	const algorithm = DIGEST_BY_HEX_LENGTH[value.length];
	if (!algorithm || !/^[0-9a-f]+$/i.test(value)) return undefined;
	const wanted = value.toLowerCase();
	for (const input of timeInputs(dateMs))
		if (digest(algorithm, input) === wanted) return { algorithm, input };
	return undefined;
}

/** Undefined when no value has a digest's shape. */
export function timeHashTest(
	values: readonly string[],
	dates: readonly number[],
	digest: HexDigest,
): SampleTest | undefined {
	const candidates = values
		.map((v, i) => ({ v, date: dates[i] }))
		.filter((c) => DIGEST_BY_HEX_LENGTH[c.v.length]);
	if (candidates.length === 0) return undefined;
	const tried = candidates.slice(0, VALUES_TRIED);
	for (const { v, date } of tried) {
		const match = date === undefined ? undefined : matchOf(v, date, digest);
		if (match) {
			return {
				name: "time-hash",
				passed: false,
				detail: `a value is ${match.algorithm}("${match.input}"), the hash of its response's time`,
			};
		}
	}
	return {
		name: "time-hash",
		passed: true,
		detail: `${tried.length} values are no md5/sha1/sha256 of the time (seconds ±${SECONDS_WINDOW} s, milliseconds ±${MS_WINDOW / 1000} s)`,
	};
}
