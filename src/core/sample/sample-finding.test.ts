import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { analyzeSample } from "./analyze-sample.ts";
import { sampleFact, sampleFinding } from "./sample-finding.ts";

const counter = analyzeSample({ values: Array.from({ length: 30 }, (_, i) => String(500 + i)) });
const good = analyzeSample({ values: Array.from({ length: 200 }, () => randomBytes(16).toString("hex")) });

test("a predictable sample of a session cookie is a high finding with the rule's fix", () => {
	const finding = sampleFinding(counter, { name: "sid", role: "session", roleConfidence: "likely" });
	expect(finding?.rule).toBe("predictable-session-id");
	expect(finding?.severity).toBe("high");
	expect(finding?.message).toMatch(
		/^30 fresh ids of `sid` are predictable: counter: counter-like \(monotonic/,
	);
	expect(finding?.fix).toContain("cryptographically secure random generator");
});

test("medium for a csrf token and for a guessed session; none for other cookies or an ok sample", () => {
	expect(sampleFinding(counter, { name: "t", role: "csrf" })?.severity).toBe("medium");
	expect(sampleFinding(counter, { name: "t", role: "session", roleConfidence: "guess" })?.severity).toBe(
		"medium",
	);
	expect(sampleFinding(counter, { name: "t", role: "other" })).toBeUndefined();
	expect(sampleFinding(good, { name: "sid", role: "session" })).toBeUndefined();
	expect(sampleFact(good)).toBeUndefined();
});
