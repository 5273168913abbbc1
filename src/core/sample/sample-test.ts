/** One statistical test of a sample of session ids, as the `sample` command reports it. */
export interface SampleTest {
	/** Stable name (`monobit`, `counter` …). */
	name: string;
	passed: boolean;
	/** What was measured and against what bound, for a person. */
	detail: string;
}

/** A test that could not run on this sample, and why (too few bits, no Date header, an alphabet …). */
export interface SkippedTest {
	name: string;
	reason: string;
}
