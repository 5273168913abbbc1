/**
 * A cookie name as words, and where a session-like word sits in it. A word that stands alone (`session`,
 * `auth_token`, `MSPAuth` → MSP·Auth) or begins or ends a word (`sessionid`, `usersession`) names what the
 * cookie is; one buried inside a longer word (`_uetsid`) is usually part of a vendor's name for
 * something else (OWASP Session Management Cheat Sheet, "Session ID Name Fingerprinting", lists whole-word
 * defaults such as PHPSESSID and JSESSIONID; vendors' cookie lists show the buried kind).
 */

/** Where the word is: alone or at an end of a word ("whole"), or inside a longer word ("inside"). */
export type WordPlace = "whole" | "inside";

export interface NameWord {
	readonly word: string;
	readonly place: WordPlace;
}

/**
 * Splits at anything not a letter or digit and at case changes: `ASP.NET_SessionId` → ASP·NET·Session·Id,
 * `XSRF-TOKEN` → XSRF·TOKEN, `hjSessionUser` → hj·Session·User.
 */
export function nameWords(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, "$1 $2")
		.replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
		.split(/[^A-Za-z0-9]+/)
		.filter((w) => w !== "")
		.map((w) => w.toLowerCase());
}

/**
 * The first of `words` found in the name's words, and its place; list longer words first. A word of three
 * letters or fewer (`sid`) is whole only alone: at the end of a longer word it is too likely a chance
 * spelling (`_uetsid` of Microsoft's UET tag, `1PSID` of Google's).
 */
export function findWord(name: string, words: readonly string[]): NameWord | undefined {
	const pieces = nameWords(name);
	let inside: NameWord | undefined;
	for (const word of words) {
		for (const piece of pieces) {
			if (piece === word) return { word, place: "whole" };
			if (word.length >= 4 && (piece.startsWith(word) || piece.endsWith(word)))
				return { word, place: "whole" };
			if (inside === undefined && piece.includes(word)) inside = { word, place: "inside" };
		}
	}
	return inside;
}
