/**
 * Ids that carry the time they were issued (OWASP Session Management Cheat Sheet, "Session ID
 * Entropy"; PHP's uniqid() is 8 hex digits of seconds and 5 of microseconds): a run of digits at the
 * start of the value, or after a separator, that reads as the response's Date header in seconds,
 * milliseconds or microseconds, in decimal, hex or base36, within ±300 s (clock skew between the
 * application and the server that writes the Date header). It fails when 90% of the values carry one.
 */
import type { SampleTest } from "../sample-test.ts";

const WINDOW_SECONDS = 300;
const SHARE = 0.9;
const BASES = [10, 16, 36] as const;
const UNITS = [
	{ name: "seconds", perSecond: 1 },
	{ name: "milliseconds", perSecond: 1e3 },
	{ name: "microseconds", perSecond: 1e6 },
] as const;
const SEPARATOR = /[-_.:|]/g;
const MAX_OFFSETS = 4;

interface Reading {
	base: number;
	unit: (typeof UNITS)[number];
}

/** Where a timestamp may start: the beginning, and after each of the first few separators. */
function offsets(value: string): number[] {
	const found = [0];
	for (const m of value.matchAll(SEPARATOR)) {
		if (found.length >= MAX_OFFSETS) break;
		found.push(m.index + 1);
	}
	return found;
}

function carriesTime(value: string, dateMs: number, { base, unit }: Reading): boolean {
	const expected = Math.floor((dateMs / 1000) * unit.perSecond);
	const length = expected.toString(base).length;
	for (const start of offsets(value)) {
		for (const digits of [length, length + 1]) {
			const text = value.slice(start, start + digits);
			if (text.length !== digits) continue;
			const n = Number.parseInt(text, base);
			if (n.toString(base).padStart(digits, "0") !== text.toLowerCase()) continue;
			if (Math.abs(n / unit.perSecond - dateMs / 1000) <= WINDOW_SECONDS) return true;
		}
	}
	return false;
}

/** `dates`: epoch milliseconds of each value's response (its Date header), in the same order. */
export function timestampTest(values: readonly string[], dates: readonly number[]): SampleTest {
	let best = { reading: { base: 10, unit: UNITS[0] } as Reading, count: 0 };
	for (const base of BASES) {
		for (const unit of UNITS) {
			const reading = { base, unit };
			let count = 0;
			values.forEach((v, i) => {
				const date = dates[i];
				if (date !== undefined && carriesTime(v, date, reading)) count++;
			});
			if (count > best.count) best = { reading, count };
		}
	}
	const found = best.count >= SHARE * values.length;
	const how = `${best.reading.unit.name} in base ${best.reading.base}`;
	return {
		name: "timestamp",
		passed: !found,
		detail: found
			? `${best.count} of ${values.length} values carry their response's time (${how}, within ±${WINDOW_SECONDS} s of the Date header)`
			: `${best.count} of ${values.length} values carry a time within ±${WINDOW_SECONDS} s of their Date header (fails at ${Math.ceil(SHARE * values.length)})`,
	};
}
