/**
 * Checks a cookie-name pattern the way core/roles/name-pattern.ts will compile it: `/source/flags` must be
 * a regular expression the engine accepts (after dropping the stateful g and y flags, as the matcher does);
 * anything else is a `*` glob, which always compiles.
 */
import { checkString, type Issues } from "./field-checks.ts";
import { SETTINGS_LIMITS } from "./limits.ts";

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;

/** True when the pattern is a glob, or a regular-expression literal that compiles. */
export function isValidNamePattern(pattern: string): boolean {
	const literal = REGEX_LITERAL.exec(pattern);
	if (!literal) return pattern !== "";
	try {
		new RegExp(literal[1] ?? "", (literal[2] ?? "").replace(/[gy]/g, ""));
		return true;
	} catch {
		return false;
	}
}

export function checkNamePattern(value: unknown, path: string, issues: Issues): string | undefined {
	const pattern = checkString(value, path, issues, {
		what: "a name pattern",
		max: SETTINGS_LIMITS.patternLength,
	});
	if (pattern === undefined) return undefined;
	if (!isValidNamePattern(pattern)) return issues.add(path, `${path}: invalid regular expression ${pattern}`);
	return pattern;
}
