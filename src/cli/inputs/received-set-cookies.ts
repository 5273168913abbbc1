/**
 * A response's Set-Cookie headers exactly as node:http received them, kept beside the Response that
 * http-fetch.ts builds: `Headers` refuses a value with a NUL, and such a header must still reach the jar
 * to be reported under `rejected` with its reason, not vanish.
 */
import type { IncomingMessage } from "node:http";
import type { RejectReason } from "../../core/jar/cookie-jar.ts";

export interface ReceivedSetCookies {
	/** Every Set-Cookie value, in order, including those Headers refuses. */
	values: string[];
	/**
	 * Why the browsers would store none of these cookies, when they would not: a NUL anywhere in the
	 * response's headers (docs/browser-quirks.md, "Set-Cookie parsing differs in edge cases").
	 */
	refusedResponse?: { reason: RejectReason; why: string };
}

const received = new WeakMap<Response, ReceivedSetCookies>();

const NUL_RESPONSE = {
	reason: "invalid-characters",
	why: "the response's headers contain a NUL character, and browsers store no cookie from such a response",
} as const;

/** Keeps the raw Set-Cookie headers of `res` for `response`. */
export function keepReceivedSetCookies(response: Response, res: IncomingMessage): void {
	const values: string[] = [];
	let nul = false;
	for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
		const name = res.rawHeaders[i] ?? "";
		const value = res.rawHeaders[i + 1] ?? "";
		if (name.includes("\0") || value.includes("\0")) nul = true;
		if (name.toLowerCase() === "set-cookie") values.push(value);
	}
	received.set(response, nul ? { values, refusedResponse: NUL_RESPONSE } : { values });
}

/** What keepReceivedSetCookies kept; for a response from another fetch, what its Headers hold. */
export function receivedSetCookies(response: Response): ReceivedSetCookies {
	return received.get(response) ?? { values: response.headers.getSetCookie() };
}
