/**
 * What a JavaScript regular expression uses that the linear-time engine (linear-regex.ts, RE2 syntax:
 * https://github.com/google/re2/wiki/Syntax) cannot run, or would silently read otherwise. RE2 has no
 * backreferences or lookaround because they cannot be matched in linear time; a few escapes that JavaScript
 * reads as a plain letter (ECMA-262 Annex B IdentityEscape, without the u flag) are operators in RE2, and
 * re2js's translation would drop the `\` of a named backreference `\k<n>`. Only called on sources that
 * JavaScript compiles, so classes and groups are balanced.
 */

const NOT_LINEAR = "which Session Hygiene does not run: name patterns must run in linear time";
/** `\A` start of text, `\z` end of text, `\Q…\E` quoting, `\a` bell in RE2; plain letters in JavaScript. */
const RE2_ESCAPES = new Set(["A", "z", "Q", "E", "a"]);

interface Token {
	at: number;
	kind: "escape" | "group";
	inClass: boolean;
}

/** Escapes anywhere and group openings outside classes, in order (a `[` inside a class is literal). */
function* tokens(source: string): Generator<Token> {
	let inClass = false;
	for (let at = 0; at < source.length; at++) {
		const c = source[at];
		if (c === "\\") yield { at: at++, kind: "escape", inClass };
		else if (inClass) inClass = c !== "]";
		else if (c === "[") inClass = true;
		else if (c === "(") yield { at, kind: "group", inClass };
	}
}

interface Groups {
	capturing: number;
	named: boolean;
}

function countGroups(source: string): Groups {
	const groups: Groups = { capturing: 0, named: false };
	for (const t of tokens(source)) {
		if (t.kind !== "group") continue;
		if (!source.startsWith("(?", t.at)) groups.capturing++;
		else if (source.startsWith("(?<", t.at) && !/^\(\?<[=!]/.test(source.slice(t.at, t.at + 4))) {
			groups.capturing++;
			groups.named = true;
		}
	}
	return groups;
}

function groupProblem(source: string, at: number): string | undefined {
	const head = source.slice(at, at + 4);
	if (/^\(\?[=!]/.test(head)) return `uses a lookahead, ${NOT_LINEAR}`;
	if (/^\(\?<[=!]/.test(head)) return `uses a lookbehind, ${NOT_LINEAR}`;
	return undefined;
}

function escapeProblem(source: string, t: Token, groups: Groups, unicode: boolean): string | undefined {
	const c = source[t.at + 1] ?? "";
	if (!t.inClass) {
		// Without u, `\12` is a backreference only when there are 12 groups, else an octal escape (Annex B).
		const digits = /^[1-9]\d*/.exec(source.slice(t.at + 1))?.[0];
		if (digits && (unicode || Number(digits) <= groups.capturing))
			return `uses a backreference, ${NOT_LINEAR}`;
		if (c === "k" && (unicode || groups.named)) return `uses a backreference, ${NOT_LINEAR}`;
	}
	const plainLetter = RE2_ESCAPES.has(c) || (!unicode && (c === "p" || c === "P"));
	const bareControl = c === "c" && !/[A-Za-z]/.test(source[t.at + 2] ?? "");
	if (plainLetter || bareControl) {
		return `uses \\${c}, which JavaScript and the linear-time engine that runs name patterns read differently`;
	}
	return undefined;
}

/** Why this source cannot run in the linear-time engine as JavaScript would read it, or undefined. */
export function unsupportedFeature(source: string, flags: string): string | undefined {
	// Set notation and nested classes (the v flag) are not RE2 syntax and would be read as plain characters.
	if (flags.includes("v"))
		return "uses the v flag, which the linear-time engine that runs name patterns does not read";
	const unicode = flags.includes("u");
	const groups = countGroups(source);
	for (const t of tokens(source)) {
		const problem =
			t.kind === "group" ? groupProblem(source, t.at) : escapeProblem(source, t, groups, unicode);
		if (problem) return problem;
	}
	return undefined;
}
