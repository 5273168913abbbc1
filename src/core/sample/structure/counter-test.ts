/**
 * Counter-like structure in successive values (OWASP Session Management Cheat Sheet, "Session ID
 * Entropy": ids must not be sequential). Three shapes, each beyond what independent random values do:
 * - monotonic: at least 90% of successive steps go the same way (random values go up about half the
 *   time; 90% of 19 or more steps has a chance under 10⁻⁴);
 * - a constant step: one difference makes at least half of all steps (random values almost never
 *   repeat a difference);
 * - small steps: the median step is under 1/16 of the range the values span (successive random values
 *   are about 0.29 of their range apart; a counter read out of order moves by a few of its n steps).
 */

import type { SampleTest } from "../sample-test.ts";
import type { NumericSample } from "./numeric-values.ts";

const MONOTONIC_SHARE = 0.9;
const CONSTANT_STEP_SHARE = 0.5;
const SMALL_STEP_SHARE = 16n;
const MIN_STEPS = 19;

function abs(n: bigint): bigint {
	return n < 0n ? -n : n;
}

function commonestStep(steps: readonly bigint[]): { step: bigint; count: number } {
	const counts = new Map<bigint, number>();
	let best = { step: 0n, count: 0 };
	for (const d of steps) {
		const c = (counts.get(d) ?? 0) + 1;
		counts.set(d, c);
		if (c > best.count) best = { step: d, count: c };
	}
	return best;
}

export function counterTest(sample: NumericSample): SampleTest | undefined {
	const { values } = sample;
	const steps: bigint[] = [];
	for (let i = 1; i < values.length; i++) steps.push((values[i] ?? 0n) - (values[i - 1] ?? 0n));
	if (steps.length < MIN_STEPS) return undefined;
	const up = steps.filter((d) => d > 0n).length;
	const down = steps.filter((d) => d < 0n).length;
	const commonest = commonestStep(steps);
	const magnitudes = steps.map(abs).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const median = magnitudes[Math.floor(magnitudes.length / 2)] ?? 0n;
	const range = spread(values);
	const monotonic = Math.max(up, down) >= MONOTONIC_SHARE * steps.length;
	const constant = commonest.step !== 0n && commonest.count >= CONSTANT_STEP_SHARE * steps.length;
	const small = range > 0n && median * SMALL_STEP_SHARE < range;
	const read = `read as ${sample.base} numbers`;
	const shape = `${up} of ${steps.length} steps up, ${down} down; ${stepText(commonest)}; median step ${share(median, range)} of the range`;
	const found = [monotonic && "monotonic", constant && "constant step", small && "small steps"].filter(
		Boolean,
	);
	return {
		name: "counter",
		passed: found.length === 0,
		detail:
			found.length === 0 ? `${read}: ${shape}` : `counter-like (${found.join(", ")}), ${read}: ${shape}`,
	};
}

function stepText({ step, count }: { step: bigint; count: number }): string {
	if (count < 2) return "no step repeats";
	return `commonest step ${step > 0n ? "+" : ""}${step} (${count}×)`;
}

/** Largest minus smallest value (BigInt has no Math.max). */
function spread(values: readonly bigint[]): bigint {
	let min = values[0] ?? 0n;
	let max = min;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return max - min;
}

/** `part / whole` as a percentage, computed on BigInts (values may be 256 bits). */
function share(part: bigint, whole: bigint): string {
	if (whole === 0n) return "0%";
	return `${(Number((part * 10_000n) / whole) / 100).toFixed(2)}%`;
}
