// java-random 0.4.0 ships no types: the calls the tests make, as its lib/index.js defines them (a port of
// java.util.Random whose sequences match Java's for the same seed).
declare module "java-random" {
	export default class JavaRandom {
		constructor(seed: number);
		/** java.util.Random.nextInt(): a signed 32-bit int. */
		nextInt(): number;
		/** java.util.Random.nextLong(): a signed 64-bit long. */
		nextLong(): bigint;
	}
}
