/**
 * Ids made by hashing a counter or a row id (`md5($id)`, `sha1(counter++)`): OWASP Session Management
 * Cheat Sheet, "Session ID Content (or Value)" (no meaning, nothing derived from what an attacker can
 * enumerate) and OWASP WSTG-SESS-01 on predictable ids. Such ids pass every statistical test; the
 * attacker hashes the next numbers. A value whose hex length is a digest's is looked up among that
 * digest of the decimal integers 0 to 99,999. One value found is proof: a random 128-bit value is a
 * given digest with probability 2^-128. The digest comes in as a parameter (time-hash-test.ts says why).
 */
import type { SampleTest } from "../sample-test.ts";
import { DIGEST_BY_HEX_LENGTH, type HexDigest } from "./time-hash-test.ts";

export const COUNTER_LIMIT = 100_000;

/** Undefined when the values are not all hex of one digest's length. */
export function counterHashTest(values: readonly string[], digest: HexDigest): SampleTest | undefined {
	const length = values[0]?.length ?? 0;
	const algorithm = DIGEST_BY_HEX_LENGTH[length];
	if (!algorithm || !values.every((v) => v.length === length && /^[0-9a-f]+$/i.test(v))) return undefined;
	const wanted = new Set(values.map((v) => v.toLowerCase()));
	const found: number[] = [];
	for (let n = 0; n < COUNTER_LIMIT; n++) if (wanted.has(digest(algorithm, String(n)))) found.push(n);
	if (found.length === 0)
		return {
			name: "counter-hash",
			passed: true,
			detail: `no value is the ${algorithm} of an integer from 0 to ${COUNTER_LIMIT - 1}`,
		};
	const shown = found.slice(0, 3).map((n) => `${algorithm}("${n}")`);
	return {
		name: "counter-hash",
		passed: false,
		detail: `${found.length} of ${wanted.size} distinct values are the ${algorithm} of a small integer (${shown.join(", ")}${found.length > 3 ? ", …" : ""}): a hashed counter or row id`,
	};
}
