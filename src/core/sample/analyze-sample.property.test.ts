import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { expect, test } from "vitest";
import { analyzeSample } from "./analyze-sample.ts";

test("a counter is never ok, whatever its start, step and encoding", () => {
	fc.assert(
		fc.property(
			fc.bigInt({ min: 0n, max: 2n ** 100n }),
			fc.bigInt({ min: 1n, max: 2n ** 20n }),
			fc.constantFrom(10, 16, 36),
			fc.integer({ min: 20, max: 300 }),
			(start, step, radix, n) => {
				const values = Array.from({ length: n }, (_, i) => (start + BigInt(i) * step).toString(radix));
				const analysis = analyzeSample({ values });
				expect(analysis.verdict).toBe("predictable");
				expect(analysis.tests.find((t) => t.name === "counter")?.passed).toBe(false);
			},
		),
		{ numRuns: 200 },
	);
});

test("CSPRNG samples of 200 128-bit ids: each test fails in at most 2 of 150 samples", () => {
	// Each test's bound has a chance near 10⁻⁴ (the runs test has 12 intervals, about 10⁻³ in all): 3
	// failures in 150 samples would be a one-in-a-million event for a good generator.
	const failures = new Map<string, number>();
	const verdicts = new Map<string, number>();
	for (let run = 0; run < 150; run++) {
		const values = Array.from({ length: 200 }, () => randomBytes(16).toString(run % 2 ? "hex" : "base64url"));
		const analysis = analyzeSample({ values, dates: values.map((_, i) => Date.UTC(2026, 0, 1) + i * 1000) });
		for (const t of analysis.tests) if (!t.passed) failures.set(t.name, (failures.get(t.name) ?? 0) + 1);
		verdicts.set(analysis.verdict, (verdicts.get(analysis.verdict) ?? 0) + 1);
	}
	for (const count of failures.values()) expect(count).toBeLessThanOrEqual(2);
	expect(verdicts.get("ok") ?? 0).toBeGreaterThanOrEqual(149);
});
