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
	// One pass over the characters, no regular expressions: every unknown name of an audit is split.
	const words: string[] = [];
	let start = -1;
	for (let i = 0; i <= name.length; i++) {
		const kind = i < name.length ? charKind(name.charCodeAt(i)) : NONE;
		if (start >= 0 && kind !== NONE && isBoundary(name, i, kind)) {
			words.push(name.slice(start, i).toLowerCase());
			start = i;
		}
		if (kind === NONE) {
			if (start >= 0) words.push(name.slice(start, i).toLowerCase());
			start = -1;
		} else if (start < 0) start = i;
	}
	return words;
}

const NONE = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

function charKind(code: number): number {
	if (code >= 97 && code <= 122) return LOWER;
	if (code >= 65 && code <= 90) return UPPER;
	if (code >= 48 && code <= 57) return DIGIT;
	return NONE;
}

/** A new word at `i`: lower or digit then upper (`hjSession`), or upper then upper-lower (`MSPAuth` → MSP·Auth). */
function isBoundary(name: string, i: number, kind: number): boolean {
	if (kind !== UPPER) return false;
	const before = charKind(name.charCodeAt(i - 1));
	if (before === LOWER || before === DIGIT) return true;
	return before === UPPER && i + 1 < name.length && charKind(name.charCodeAt(i + 1)) === LOWER;
}

/**
 * The first of `words` found in the name's words, and its place; list longer words first. A word of three
 * letters or fewer (`sid`) is whole only alone: at the end of a longer word it is too likely a chance
 * spelling (`_uetsid` of Microsoft's UET tag, `1PSID` of Google's).
 */
export function findWord(name: string, words: readonly string[]): NameWord | undefined {
	// Most names hold none of the words: one case-insensitive search says so without splitting the name.
	if (!anyOf(words).test(name)) return undefined;
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

/**
 * The words as one case-insensitive regular expression, per list: one search of the name instead of a
 * lower-cased copy and a search per word (`npm run bench`). A piece of the name holding a word holds it
 * in ASCII letters and digits, which this finds in any case, so a name it rejects has none of the words.
 */
const alternations = new WeakMap<readonly string[], RegExp>();

function anyOf(words: readonly string[]): RegExp {
	let re = alternations.get(words);
	if (re === undefined) {
		re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") || "(?!)", "i");
		alternations.set(words, re);
	}
	return re;
}
