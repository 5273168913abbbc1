/**
 * How often each distinct symbol (code point) occurs in a value. Entropy and variety checks run on every
 * cookie of an audit (`npm run bench`), so ASCII, which nearly every cookie value is, is counted in a
 * reused table instead of a Map of one-character strings.
 */

import { rememberLast } from "./remember-last.ts";

const ascii = new Uint32Array(128);

/** The count of each distinct symbol, in order of first appearance. */
export const countSymbols: (value: string) => readonly number[] = rememberLast(count);

function count(value: string): number[] {
	const order: number[] = [];
	let wide: Map<number, number> | undefined;
	for (let i = 0; i < value.length; i++) {
		// A code unit below 128 is the whole code point: codePointAt only for the rest.
		const unit = value.charCodeAt(i);
		if (unit < 128) {
			if (ascii[unit] === 0) order.push(unit);
			ascii[unit] = (ascii[unit] ?? 0) + 1;
			continue;
		}
		const cp = value.codePointAt(i) ?? unit;
		if (cp > 0xffff) i++;
		wide ??= new Map();
		wide.set(cp, (wide.get(cp) ?? 0) + 1);
	}
	const counts: number[] = [];
	for (const cp of order) {
		counts.push(ascii[cp] ?? 0);
		ascii[cp] = 0;
	}
	if (wide) for (const n of wide.values()) counts.push(n);
	return counts;
}
