/**
 * Readable data in a token: emails, user ids, roles. OWASP Session Management Cheat Sheet,
 * "Session ID Content (or Value)": "The session ID content (or value) must be meaningless to prevent
 * information disclosure attacks". We report what kind of data and where, never the data itself.
 */

export type EmbeddedKind = "email" | "user-id" | "role" | "personal-data";

export interface EmbeddedData {
	kind: EmbeddedKind;
	/** Where it was found, e.g. `JSON key "user_id"` or `JWT claim "sub"`. */
	where: string;
}

// Bounded quantifiers (RFC 5321 §4.5.3.1 limits): unbounded ones backtrack quadratically on long values.
const EMAIL = /[A-Z0-9._%+-]{1,64}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){0,8}\.[A-Z]{2,24}/i;
const USER_ID_KEY =
	/^(?:user_?id|uid|sub|userid|account_?id|customer_?id|member_?id|user_?name|login|user)$/i;
const ROLE_KEY = /^(?:roles?|is_?admin|admin|groups?|permissions?|scopes?|scp|is_?staff|is_?superuser)$/i;
const EMAIL_KEY = /^(?:e_?mail|email_address|upn|preferred_username)$/i;
const PERSONAL_KEY = /^(?:name|given_name|family_name|full_?name|phone(?:_number)?|birthdate|address)$/i;
const PAIR = /(?:^|[&;,|\s])([A-Za-z_]{1,40})=([^&;,|\s]+)/g;
const MAX_NODES = 200;

/** The kind of data a key names, if any. */
export function kindOfKey(key: string): EmbeddedKind | undefined {
	if (EMAIL_KEY.test(key)) return "email";
	if (USER_ID_KEY.test(key)) return "user-id";
	if (ROLE_KEY.test(key)) return "role";
	if (PERSONAL_KEY.test(key)) return "personal-data";
	return undefined;
}

/** Emails and `key=value` pairs naming user data in plain text. */
export function findInText(text: string): EmbeddedData[] {
	const found: EmbeddedData[] = [];
	if (text.includes("@") && EMAIL.test(text)) found.push({ kind: "email", where: "an email address" });
	// Most tokens have no `=` and so no pair; matchAll's iterator was measurable per token (`npm run bench`).
	if (!text.includes("=")) return found;
	for (const [, key] of text.matchAll(PAIR)) {
		const kind = key ? kindOfKey(key) : undefined;
		if (kind && key) found.push({ kind, where: `field "${key}"` });
	}
	return found;
}

/** Keys naming user data, and email-valued strings, anywhere in a JSON value (bounded walk). */
export function findInJson(value: unknown, label: string): EmbeddedData[] {
	const found: EmbeddedData[] = [];
	const stack: unknown[] = [value];
	for (let visited = 0; stack.length > 0 && visited < MAX_NODES; visited++) {
		const node = stack.pop();
		if (typeof node === "string" && node.includes("@") && EMAIL.test(node))
			found.push({ kind: "email", where: "an email address" });
		if (typeof node !== "object" || node === null) continue;
		for (const [key, child] of Object.entries(node)) {
			const kind = Array.isArray(node) ? undefined : kindOfKey(key);
			if (kind && child !== null && child !== "") found.push({ kind, where: `${label} "${key}"` });
			stack.push(child);
		}
	}
	return found;
}

/** Removes repeats, keeping first-seen order. */
export function uniqueData(items: readonly EmbeddedData[]): EmbeddedData[] {
	const seen = new Set<string>();
	return items.filter((d) => {
		const key = `${d.kind}|${d.where}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
