/**
 * Cookie-name patterns of the settings (settings.ts NamePattern): `*` globs match case-sensitively,
 * as cookie names are case-sensitive (RFC 6265bis §5.7); `/source/flags` is a regular expression.
 * A site chooses its cookie names, so both kinds match in time linear in the name's length: globs without
 * backtracking (glob-match.ts), regular expressions in a linear-time engine (linear-regex.ts).
 * Invalid patterns are ignored, never thrown: a typo in a settings file must not stop an audit.
 */
import { compileGlob } from "./glob-match.ts";
import { compileLinearRegex } from "./linear-regex.ts";

export type NameMatcher = (name: string) => boolean;
export type CompiledNamePattern = { ok: true; matches: NameMatcher } | { ok: false; problem: string };

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;
const cache = new Map<string, NameMatcher | undefined>();

/** The pattern's matcher, or the sentence (after the pattern's place) saying why it is refused. */
export function checkNamePatternSyntax(pattern: string): CompiledNamePattern {
	if (pattern === "") return { ok: false, problem: "an empty pattern matches nothing" };
	const literal = REGEX_LITERAL.exec(pattern);
	if (literal?.[1] === undefined) return { ok: true, matches: compileGlob(pattern) };
	const regex = compileLinearRegex(literal[1], literal[2] ?? "");
	if (regex.ok) return { ok: true, matches: regex.test };
	return {
		ok: false,
		problem: regex.reason ? `${pattern} ${regex.reason}` : `invalid regular expression ${pattern}`,
	};
}

/** A matcher for a pattern, or undefined when the pattern is refused. Compiled once per pattern. */
export function compileNamePattern(pattern: string): NameMatcher | undefined {
	if (!cache.has(pattern)) {
		const compiled = checkNamePatternSyntax(pattern);
		cache.set(pattern, compiled.ok ? compiled.matches : undefined);
	}
	return cache.get(pattern);
}

/** True when the (valid) pattern matches the name; invalid patterns match nothing. */
export function matchesName(pattern: string, name: string): boolean {
	return compileNamePattern(pattern)?.(name) ?? false;
}
