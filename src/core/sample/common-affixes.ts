/**
 * The prefix and suffix every sampled value shares (`sess_…`, Tomcat's `….node1` jvmRoute): constant
 * text carries no entropy, and the tests of bits and numbers read what varies between them.
 */

export function commonAffixes(values: readonly string[]): { prefix: number; suffix: number } {
	const first = values[0] ?? "";
	let prefix = first.length;
	let suffix = first.length;
	for (const v of values) {
		let p = 0;
		while (p < prefix && p < v.length && v[p] === first[p]) p++;
		prefix = p;
		let s = 0;
		while (s < suffix && s < v.length && v[v.length - 1 - s] === first[first.length - 1 - s]) s++;
		suffix = s;
	}
	return { prefix, suffix };
}

/** The varying middle of each value; the values themselves when they share nothing. */
export function varyingMiddles(values: readonly string[]): string[] {
	const { prefix, suffix } = commonAffixes(values);
	if (prefix === 0 && suffix === 0) return [...values];
	return values.map((v) => v.slice(prefix, Math.max(prefix, v.length - suffix)));
}
