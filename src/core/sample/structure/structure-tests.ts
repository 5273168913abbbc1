/**
 * The tests of order and construction, run when their input exists: the arithmetic ones on the
 * numeric reading of the values, the time ones when the responses' Date headers are known, the hash
 * one when a digest is supplied. What could not run is listed with the reason.
 */

import type { SampleTest, SkippedTest } from "../sample-test.ts";
import { counterHashTest } from "./counter-hash-test.ts";
import { counterTest } from "./counter-test.ts";
import { lcgTest } from "./lcg-test.ts";
import { twisterInput, twisterTest } from "./mersenne-twister.ts";
import type { NumericSample } from "./numeric-values.ts";
import { serialCorrelationTest } from "./serial-correlation.ts";
import { type HexDigest, timeHashTest } from "./time-hash-test.ts";
import { timestampTest } from "./timestamp-test.ts";

export interface StructureInput {
	dates?: readonly number[];
	digest?: HexDigest;
}

function numericTests(numeric: NumericSample | undefined, skipped: SkippedTest[]): SampleTest[] {
	if (!numeric) {
		skipped.push({
			name: "counter, linear-congruential, mersenne-twister, serial-correlation",
			reason: "the values do not read as decimal, hex, base32, base36 or base64 numbers",
		});
		return [];
	}
	const tests: SampleTest[] = [];
	for (const [name, run] of [
		["counter", counterTest],
		["linear-congruential", lcgTest],
		["mersenne-twister", twisterTest],
		["serial-correlation", serialCorrelationTest],
	] as const) {
		const test = run(numeric);
		if (test) tests.push(test);
		else skipped.push({ name, reason: reasonFor(name, numeric) });
	}
	return tests;
}

function reasonFor(name: string, numeric: NumericSample): string {
	if (name === "linear-congruential" && numeric.capacityBits > 64)
		return `values of ${Math.round(numeric.capacityBits)} bits are no whole generator state (64 bits at most)`;
	if (name === "mersenne-twister") {
		const input = twisterInput(numeric);
		return "reason" in input
			? input.reason
			: "no relation of the recurrence has all four of its 32-bit words varying (constant words)";
	}
	return `too few values (${numeric.values.length})`;
}

export function structureTests(
	parts: readonly string[],
	numeric: NumericSample | undefined,
	input: StructureInput,
	skipped: SkippedTest[],
): SampleTest[] {
	const tests = numericTests(numeric, skipped);
	const hashed = input.digest ? counterHashTest(parts, input.digest) : undefined;
	if (hashed) tests.push(hashed);
	else
		skipped.push({
			name: "counter-hash",
			reason: input.digest
				? "the values are not all hex of an md5, sha1 or sha256 digest's length"
				: "no digest function given",
		});
	if (!input.dates) {
		skipped.push({ name: "timestamp, time-hash", reason: "no response times (Date headers) given" });
		return tests;
	}
	tests.push(timestampTest(parts, input.dates));
	if (!input.digest) {
		skipped.push({ name: "time-hash", reason: "no digest function given" });
		return tests;
	}
	const hash = timeHashTest(parts, input.dates, input.digest);
	if (hash) tests.push(hash);
	else
		skipped.push({
			name: "time-hash",
			reason: "no value has the hex length of an md5, sha1 or sha256 digest",
		});
	return tests;
}
