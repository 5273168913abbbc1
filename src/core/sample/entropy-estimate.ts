/**
 * The sample's entropy estimate, and how far the sample can vouch for it.
 *
 * The estimate is the sum of the positions' entropies (position-entropy.ts), lowered to the collision
 * entropy log2(n(n−1)/2 / pairs) when values repeat. Summing positions assumes they are independent:
 * per-position statistics cannot see a dependence between positions (a hash of a counter is uniform at
 * every position), which is what the structure tests are for. Beyond that, n values can only show about
 * 2·log2 n bits by themselves: a generator of that many bits would already repeat an id among them
 * (the birthday bound), one of more bits would not. So an estimate above 2·log2 n (about 15 bits at 200
 * values) is reported as "limited by sample size": the positions support it, the sample cannot prove it.
 * At 200 values of 128 random bits the estimate is within about a bit of 128 (the Miller–Madow
 * correction leaves a bias of a few hundredths of a bit per base64 position).
 */
import { type PositionEntropy, sumOfPositions } from "./position-entropy.ts";

export type EntropyConfidence = "measured" | "limited by sample size";

export interface EntropyEstimate {
	/** Estimated bits of the random part, to one decimal. */
	bits: number;
	/** Sum of per-position entropies, before repeats lower it. */
	positionBits: number;
	/** The most the sample shows without assuming independent positions: 2·log2 n. */
	provableBits: number;
	confidence: EntropyConfidence;
	detail: string;
}

export function estimateEntropy(
	positions: readonly PositionEntropy[],
	n: number,
	pairs: number,
): EntropyEstimate {
	const positionBits = sumOfPositions(positions);
	const collisionBits = pairs > 0 ? Math.log2((n * (n - 1)) / 2 / pairs) : Number.POSITIVE_INFINITY;
	const bits = Math.round(Math.max(0, Math.min(positionBits, collisionBits)) * 10) / 10;
	const provableBits = Math.round(2 * Math.log2(Math.max(1, n)) * 10) / 10;
	const confidence: EntropyConfidence = bits <= provableBits ? "measured" : "limited by sample size";
	const how =
		collisionBits < positionBits
			? `repeats lower it from ${positionBits.toFixed(1)} bits over ${positions.length} positions`
			: `sum over ${positions.length} positions, Miller–Madow corrected`;
	const detail =
		confidence === "measured"
			? `${bits} bits (${how}); ${n} values show this directly`
			: `${bits} bits (${how}); ${n} values can show only about ${provableBits} bits directly, the rest assumes independent positions`;
	return { bits, positionBits, provableBits, confidence, detail };
}
