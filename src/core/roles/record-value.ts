/**
 * Values that are a record of a visit rather than an id: a login's value is one meaningless secret (OWASP
 * Session Management Cheat Sheet, "Session ID Content (or Value)"), so a value that holds a URL, readable
 * `name=value` fields, or little but a Unix time is what analytics and page scripts keep about a visit
 * (the landing page, the referrer, when the visit started), whatever the cookie's name says.
 */
import { safeDecodeUri } from "../token/envelope.ts";

const URL_IN_VALUE = /https?:\/\//i;

/**
 * Two or more `name=value` fields joined by `&`, `|` or `;` (with spaces), as query strings, analytics
 * scripts and Adobe Analytics' `s_sess` (` s_cc=true; s_sq=;`) write them, each value short: a field
 * long enough to be a secret (`t=<token>&s=…`) may be a login's.
 */
const FIELDS = /^ *(?:[\w$.-]+=[^&|;]{0,15}[&|;][&|; ]*)+[\w$.-]+=[^&|;]{0,15}[; ]*$/;

/** Field separators of dotted, piped and tilde-joined records (`id|start|last`, `start.1.last`). */
const SEPARATORS = /[|~.:!*_-]+/;

/** Seconds or milliseconds since 1970 from 2001-09 to 2096: ten digits from 1, or thirteen. */
const UNIX_TIME = /^(?:[1-3]\d{9}|[1-3]\d{12})$/;

/** Fewer characters than this besides the times: too few to carry a secret (OWASP: 64 bits at least). */
const SECRET_LENGTH = 16;

function timeRecord(text: string): boolean {
	const fields = text.split(SEPARATORS);
	let times = 0;
	let rest = 0;
	for (const field of fields) {
		if (UNIX_TIME.test(field)) times++;
		else rest += field.length;
	}
	return times > 0 && rest < SECRET_LENGTH;
}

/** Why the value is a record of a visit, not an id; undefined when it may be an id. */
export function recordShape(value: string): string | undefined {
	if (value.length > 4096) return undefined;
	const text = safeDecodeUri(safeDecodeUri(value)).replace(/^"|"$/g, "");
	if (URL_IN_VALUE.test(text)) return "value holds a URL, as a record of a visit does, not a secret";
	if (FIELDS.test(text)) return "value is readable name=value fields, not a secret";
	if (timeRecord(text)) return "value is little but a Unix time, not a secret";
	return undefined;
}
