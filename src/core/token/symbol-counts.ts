/**
 * How often each code point occurs in a value. Entropy and variety checks run on every cookie of an
 * audit, so this avoids spreading the string into an array of one-character strings.
 */
export function countSymbols(value: string): Map<number, number> {
	const counts = new Map<number, number>();
	for (let i = 0; i < value.length; i++) {
		const cp = value.codePointAt(i) ?? 0;
		if (cp > 0xffff) i++;
		counts.set(cp, (counts.get(cp) ?? 0) + 1);
	}
	return counts;
}
