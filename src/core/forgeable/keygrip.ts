/**
 * cookie-session and Koa: the `cookies` module signs a cookie by sending a companion `<name>.sig` whose
 * value is keygrip's `sign("<name>=<value>")` (pillarjs/cookies index.js, `Cookies.prototype.set` and
 * `get`, which also drops a surrounding pair of double quotes before checking). keygrip's sign is the
 * HMAC of that text, SHA-1 unless another algorithm was chosen, in base64 with `/` `+` `=` turned into
 * `_` `-` and nothing (crypto-utils/keygrip index.js, `sign`): 27 characters for SHA-1. The hash is told
 * by the signature's length.
 */
import { decodeSignature, utf8 } from "./bytes.ts";
import { MAX_SIGNED_VALUE_LENGTH, type SignedCookie } from "./signed-cookie.ts";
import type { HashName, SignedCandidate } from "./signed-format.ts";

const SUFFIX = ".sig";
const HASH_BY_LENGTH: Readonly<Record<number, HashName>> = { 20: "SHA-1", 32: "SHA-256", 64: "SHA-512" };

const scopeOf = (c: SignedCookie) => `${c.domain}\u0000${c.path}`;
const unquoted = (value: string) =>
	value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;

/** One candidate per cookie that has a `.sig` companion in the same domain and path. */
export function keygripCandidates(cookies: readonly SignedCookie[]): SignedCandidate[] {
	const signatures = new Map<string, string>();
	for (const c of cookies) {
		if (c.name.endsWith(SUFFIX) && c.name.length > SUFFIX.length) {
			signatures.set(`${c.name.slice(0, -SUFFIX.length)}\u0000${scopeOf(c)}`, c.value);
		}
	}
	if (signatures.size === 0) return [];
	const candidates: SignedCandidate[] = [];
	cookies.forEach((c, index) => {
		if (c.value.length > MAX_SIGNED_VALUE_LENGTH) return;
		const sigText = signatures.get(`${c.name}\u0000${scopeOf(c)}`);
		const signature = sigText === undefined ? undefined : decodeSignature(sigText, true);
		const hash = signature && HASH_BY_LENGTH[signature.length];
		if (signature === undefined || hash === undefined) return;
		const data = `${c.name}=${unquoted(c.value)}`;
		candidates.push({
			cookie: index,
			format: "keygrip",
			recipe: { kind: "raw", hash },
			message: utf8(data),
			signature,
			signed: `${data}\u0000${sigText}`,
		});
	});
	return candidates;
}
