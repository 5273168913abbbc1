/**
 * Checks a cookie-name pattern exactly as core/roles/name-pattern.ts will compile it: a `/source/flags`
 * literal must be a JavaScript regular expression that the linear-time engine runs as JavaScript reads it
 * (no backreferences or lookaround); anything else is a `*` glob, which always compiles.
 */
import { checkNamePatternSyntax } from "../roles/name-pattern.ts";
import { checkString, type Issues } from "./field-checks.ts";
import { SETTINGS_LIMITS } from "./limits.ts";

export function checkNamePattern(value: unknown, path: string, issues: Issues): string | undefined {
	const pattern = checkString(value, path, issues, {
		what: "a name pattern",
		max: SETTINGS_LIMITS.patternLength,
	});
	if (pattern === undefined) return undefined;
	const compiled = checkNamePatternSyntax(pattern);
	return compiled.ok ? pattern : issues.add(path, `${path}: ${compiled.problem}`);
}
