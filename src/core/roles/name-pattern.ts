/**
 * Cookie-name patterns of the settings (settings.ts NamePattern): `*` globs match case-sensitively,
 * as cookie names are case-sensitive (RFC 6265bis §5.7); `/source/flags` is a regular expression.
 * Invalid patterns are ignored, never thrown: a typo in a settings file must not stop an audit.
 */

export type NameMatcher = (name: string) => boolean;

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;
const cache = new Map<string, NameMatcher | undefined>();

function compile(pattern: string): NameMatcher | undefined {
	const literal = REGEX_LITERAL.exec(pattern);
	if (literal?.[1] !== undefined) {
		try {
			// Stateful flags would make test() depend on the previous call.
			const re = new RegExp(literal[1], (literal[2] ?? "").replace(/[gy]/g, ""));
			return (name) => re.test(name);
		} catch {
			return undefined;
		}
	}
	if (pattern === "") return undefined;
	const source = pattern
		.split("*")
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
		.join(".*");
	const re = new RegExp(`^${source}$`);
	return (name) => re.test(name);
}

/** A matcher for a pattern, or undefined when the pattern is invalid. Compiled once per pattern. */
export function compileNamePattern(pattern: string): NameMatcher | undefined {
	if (!cache.has(pattern)) cache.set(pattern, compile(pattern));
	return cache.get(pattern);
}

/** True when the (valid) pattern matches the name; invalid patterns match nothing. */
export function matchesName(pattern: string, name: string): boolean {
	return compileNamePattern(pattern)?.(name) ?? false;
}
