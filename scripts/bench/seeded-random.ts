/** A deterministic pseudo-random generator (an LCG), so every bench run measures the same input. */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1_664_525 + 1_013_904_223) >>> 0;
		return s / 2 ** 32;
	};
}
