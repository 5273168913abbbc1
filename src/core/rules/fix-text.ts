/** Fix advice: what to set, then a short snippet per common stack where they differ. */

export const STACKS = [
	"Express",
	"Django",
	"Rails",
	"Laravel/PHP",
	"Spring",
	"ASP.NET Core",
	"Next.js",
] as const;
export type Stack = (typeof STACKS)[number];
export type Snippets = Partial<Record<Stack, string>>;

/**
 * Built texts, shared between findings: an audit of 100,000 cookies asks for the same few fix texts
 * hundreds of thousands of times, and a fresh copy each time was most of its garbage (`npm run bench`).
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 1_000;
const NONE: Snippets = {};
/**
 * The snippet lines of each table, built once: texts that differ only in their first line (by role or by a
 * setting) share their long tail.
 */
const tails = new WeakMap<Snippets, string>();

function snippetLines(snippets: Snippets): string {
	const cached = tails.get(snippets);
	if (cached !== undefined) return cached;
	let lines = "";
	for (const stack of STACKS) {
		const snippet = snippets[stack];
		if (snippet !== undefined) lines += `\n${stack}: ${snippet}`;
	}
	tails.set(snippets, lines);
	return lines;
}

/**
 * `what`, then one `Stack: snippet` line per stack, in STACKS order. Texts are cached by `key`, which is
 * `what` unless given: a caller whose snippets differ for the same `what` must pass a key that tells them apart.
 * Snippets that depend on settings may come as a function, called only when the text is not cached.
 */
export function fixText(what: string, snippets: Snippets | (() => Snippets) = NONE, key = what): string {
	const cached = cache.get(key);
	if (cached !== undefined) return cached;
	const text = uncachedFixText(what, typeof snippets === "function" ? snippets() : snippets);
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(key, text);
	return text;
}

function uncachedFixText(what: string, snippets: Snippets = NONE): string {
	return what + snippetLines(snippets);
}
