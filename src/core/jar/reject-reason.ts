/** Why a browser refuses a Set-Cookie header: the reason codes of docs/design.md, "Header input only". */

export type RejectReason =
	| "syntax"
	| "too-large"
	| "invalid-characters"
	| "secure-from-insecure-origin"
	| "samesite-none-insecure"
	| "prefix-violation"
	| "partitioned-insecure"
	| "domain-mismatch"
	| "public-suffix-domain";

/** A refusal: its reason code and a one-line message naming the cookie. */
export interface Rejection {
	reason: RejectReason;
	message: string;
}

const MAX_LABEL = 60;

/** The cookie as a message names it: quoted and escaped, shortened, or "the nameless cookie". */
export function cookieLabel(name: string): string {
	if (name === "") return "the nameless cookie";
	const short = name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL)}…` : name;
	return `cookie ${JSON.stringify(short)}`;
}

/** The name a refused header was trying to set, best effort: the text before the first "=" or ";". */
export function nameFromHeader(header: string): string {
	const end = header.search(/[=;]/);
	return (end === -1 ? header : header.slice(0, end)).trim();
}

/** A rejection whose one-line message names the cookie: `Refused cookie "sid": <why>.` */
export function reject(reason: RejectReason, name: string, why: string): Rejection {
	const label = cookieLabel(name);
	return { reason, message: `Refused ${label}: ${why}.` };
}
