/**
 * Shannon entropy of each character position across the sample, with the Miller–Madow correction
 * (G. Miller, "Note on the bias of information estimates", 1955): the plug-in estimate −Σ p̂ log p̂ is
 * biased low by about (m − 1) / (2N) nats for m observed symbols in N values, which at 200 values of a
 * base64 position is about 0.2 bits, so the correction is added back. Each position is capped at
 * log2 of the sample's alphabet (the correction can overshoot the maximum).
 */

export interface PositionEntropy {
	/** Bits of this position, corrected and capped. */
	bits: number;
	/** Share of the values long enough to have this position. */
	coverage: number;
}

/** Distinct symbols (UTF-16 code units) over the whole sample. */
export function alphabetSize(values: readonly string[]): number {
	const seen = new Set<number>();
	for (const v of values) for (let i = 0; i < v.length; i++) seen.add(v.charCodeAt(i));
	return seen.size;
}

function entropyOf(counts: Map<number, number>, n: number): number {
	let h = 0;
	for (const c of counts.values()) h -= (c / n) * Math.log2(c / n);
	return h + (counts.size - 1) / (2 * n * Math.LN2);
}

export function positionEntropies(values: readonly string[]): PositionEntropy[] {
	const longest = values.reduce((max, v) => Math.max(max, v.length), 0);
	const cap = Math.log2(Math.max(1, alphabetSize(values)));
	const positions: PositionEntropy[] = [];
	for (let i = 0; i < longest; i++) {
		const counts = new Map<number, number>();
		let n = 0;
		for (const v of values) {
			if (i >= v.length) continue;
			const c = v.charCodeAt(i);
			counts.set(c, (counts.get(c) ?? 0) + 1);
			n++;
		}
		positions.push({ bits: Math.min(cap, entropyOf(counts, n)), coverage: n / values.length });
	}
	return positions;
}

/** The sum over positions, each weighted by its coverage. */
export function sumOfPositions(positions: readonly PositionEntropy[]): number {
	let sum = 0;
	for (const p of positions) sum += p.bits * p.coverage;
	return sum;
}
