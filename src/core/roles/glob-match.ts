/**
 * `*` globs matched without backtracking. A glob compiled to a RegExp (`a.*b.*c`) backtracks: `*_*_*_sid`
 * against a 4,000-character name took over 20 s, and a site chooses its cookie names. Here the first and
 * last pieces are anchored and every middle piece is found left to right with indexOf; taking each piece's
 * leftmost place is never worse than a later one, so one pass decides, linear in the name for a given glob.
 */

/** A matcher for a glob: case-sensitive, `*` matches any run of characters (also none), the rest is literal. */
export function compileGlob(glob: string): (name: string) => boolean {
	const pieces = glob.split("*");
	if (pieces.length === 1) return (name) => name === glob;
	const first = pieces[0] ?? "";
	const last = pieces[pieces.length - 1] ?? "";
	const middle = pieces.slice(1, -1).filter((piece) => piece !== "");
	const fixed = first.length + last.length;
	return (name) => {
		if (name.length < fixed || !name.startsWith(first) || !name.endsWith(last)) return false;
		const end = name.length - last.length;
		let at = first.length;
		for (const piece of middle) {
			const found = name.indexOf(piece, at);
			if (found < 0 || found + piece.length > end) return false;
			at = found + piece.length;
		}
		return true;
	};
}
