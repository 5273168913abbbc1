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

/** `what`, then one `Stack: snippet` line per stack, in STACKS order. */
export function fixText(what: string, snippets: Snippets = {}): string {
	// A plain loop: this runs for every finding of every cookie (`npm run bench`).
	let text = what;
	for (const stack of STACKS) {
		const snippet = snippets[stack];
		if (snippet !== undefined) text += `\n${stack}: ${snippet}`;
	}
	return text;
}
