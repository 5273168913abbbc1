/**
 * The analysis of a sample of fresh session ids (docs/design.md, "Version 2": `session-hygiene sample`):
 * repeats, per-position entropy, the FIPS 140-2 bit tests, counter, generator, time and hash structure,
 * an entropy estimate with its confidence, and a verdict.
 *
 * The verdict follows the OWASP Session Management Cheat Sheet, "Session ID Entropy" (at least 64 bits
 * of entropy, from a cryptographically secure generator) and "Session ID Content (or Value)" (no
 * meaning, no pattern):
 * - predictable: a structure an attacker can use to guess the next id: repeats beyond chance, a
 *   counter, a linear congruential generator, the Mersenne Twister, the response time in the id or
 *   hashed into it, a hashed counter, serial correlation, or two or more of the four bit tests failing (each fails a good generator about once
 *   in 10⁴ runs; one failure alone is shown but decides nothing);
 * - weak: no such structure, but an estimate under 64 bits (or no random part at all);
 * - ok: otherwise.
 * Pure: the Date header times and the digest come in as data and a parameter (time-hash-test.ts).
 */

import { MIN_TEST_BITS } from "./bits/fips-bounds.ts";
import { fipsTests } from "./bits/fips-tests.ts";
import { type BitEncoding, decodeSampleBits } from "./bits/sample-bits.ts";
import { varyingMiddles } from "./common-affixes.ts";
import { countRepeats, duplicatesTest } from "./duplicates.ts";
import { type EntropyEstimate, estimateEntropy } from "./entropy-estimate.ts";
import { positionEntropies } from "./position-entropy.ts";
import { type RandomParts, randomParts } from "./random-part.ts";
import type { SampleTest, SkippedTest } from "./sample-test.ts";
import { numericSample } from "./structure/numeric-values.ts";
import { structureTests } from "./structure/structure-tests.ts";
import type { HexDigest } from "./structure/time-hash-test.ts";

export type SampleVerdict = "predictable" | "weak" | "ok";

/** OWASP Session Management Cheat Sheet, "Session ID Entropy": at least 64 bits. */
export const MIN_ENTROPY_BITS = 64;

export interface SampleInput {
	/** The sampled values, in the order their responses came. */
	values: readonly string[];
	/** Epoch milliseconds of each value's response (its Date header), same order; enables the time tests. */
	dates?: readonly number[];
	/** A synchronous hex digest (the CLI's node:crypto); enables the time-hash test. */
	digest?: HexDigest;
}

export interface SampleAnalysis {
	samples: number;
	distinct: number;
	randomPart: Pick<RandomParts, "kind" | "note">;
	/** How the random part was decoded to bits, when it could be. */
	encoding?: BitEncoding;
	/** Bits of each character position of the random part (Miller–Madow corrected), to two decimals. */
	positionBits: number[];
	entropy: EntropyEstimate;
	tests: SampleTest[];
	skipped: SkippedTest[];
	verdict: SampleVerdict;
	/** Why the verdict is what it is, one line each. */
	reasons: string[];
}

const BIT_TESTS = new Set(["monobit", "poker", "runs", "long-run"]);
/** Structure tests by how exactly they name the construction. */
const REASON_ORDER = [
	"time-hash",
	"counter-hash",
	"timestamp",
	"counter",
	"linear-congruential",
	"mersenne-twister",
	"serial-correlation",
	"duplicates",
];

function bitTests(
	parts: readonly string[],
	tests: SampleTest[],
	skipped: SkippedTest[],
): BitEncoding | undefined {
	// A constant prefix or suffix is no part of any encoding's alphabet test: `sess_<hex>` is hex bits.
	const decoded = decodeSampleBits(varyingMiddles(parts));
	if (decoded.encoding === undefined) {
		skipped.push({ name: "bit tests", reason: decoded.reason });
		return undefined;
	}
	if (decoded.bits.length < MIN_TEST_BITS) {
		skipped.push({
			name: "bit tests",
			reason: `${decoded.bits.length} varying bits, fewer than the ${MIN_TEST_BITS} they need`,
		});
		return decoded.encoding;
	}
	tests.push(...fipsTests(decoded.bits));
	return decoded.encoding;
}

function verdictOf(tests: readonly SampleTest[], entropy: EntropyEstimate, parts: RandomParts) {
	const failed = tests.filter((t) => !t.passed);
	// Most telling first: the finding's message quotes the first reason.
	const structure = failed
		.filter((t) => !BIT_TESTS.has(t.name))
		.sort((a, b) => REASON_ORDER.indexOf(a.name) - REASON_ORDER.indexOf(b.name));
	const bits = failed.filter((t) => BIT_TESTS.has(t.name));
	const reasons = structure.map((t) => `${t.name}: ${t.detail}`);
	if (bits.length >= 2)
		reasons.push(`${bits.length} of the 4 bit tests fail (${bits.map((t) => t.name).join(", ")})`);
	if (reasons.length > 0) return { verdict: "predictable" as const, reasons };
	if (parts.kind === "jwt-without-random-part")
		return {
			verdict: "weak" as const,
			reasons: [`${parts.note}; their strength rests on the signing key alone`],
		};
	// Whole bits: at 200 values the corrected estimate of a uniform position is still about 0.01 bit low.
	if (Math.round(entropy.bits) < MIN_ENTROPY_BITS)
		return {
			verdict: "weak" as const,
			reasons: [`estimated ${entropy.bits} bits of entropy, under the ${MIN_ENTROPY_BITS} OWASP asks for`],
		};
	const noted = bits.map(
		(t) => `one bit test failed (${t.name}), which a good generator does about once in 10⁴ runs`,
	);
	return {
		verdict: "ok" as const,
		reasons: [`estimated ${entropy.bits} bits (${entropy.confidence})`, ...noted],
	};
}

export function analyzeSample(input: SampleInput): SampleAnalysis {
	const { values } = input;
	const random = randomParts(values);
	const parts = random.parts;
	const repeats = countRepeats(values);
	const partRepeats = countRepeats(parts);
	const positions = positionEntropies(parts);
	const entropy = estimateEntropy(positions, parts.length, partRepeats.pairs);
	const tests: SampleTest[] = [duplicatesTest(parts.length, partRepeats, entropy.positionBits)];
	const skipped: SkippedTest[] = [];
	const encoding = random.kind === "jwt-without-random-part" ? undefined : bitTests(parts, tests, skipped);
	if (random.kind !== "jwt-without-random-part") {
		tests.push(...structureTests(parts, numericSample(parts), input, skipped));
	}
	const { verdict, reasons } = verdictOf(tests, entropy, random);
	return {
		samples: values.length,
		distinct: repeats.distinct,
		randomPart: { kind: random.kind, note: random.note },
		...(encoding ? { encoding } : {}),
		positionBits: positions.map((p) => Math.round(p.bits * p.coverage * 100) / 100),
		entropy,
		tests,
		skipped,
		verdict,
		reasons,
	};
}
