import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { predictableSessionId } from "./predictable-session-id.ts";

const sample = {
	verdict: "predictable" as const,
	samples: 200,
	estimatedEntropyBits: 7.6,
	reason: "counter: counter-like (monotonic)",
};

test.each([
	["session", "high"],
	["csrf", "medium"],
	["other", undefined],
] as const)("%s with a predictable sample → %s", (role, severity) => {
	expect(findingOf(predictableSessionId, makeCookie(), { role, sample })?.severity).toBe(severity);
});

test("silent without a sample", () => {
	expect(findingOf(predictableSessionId, makeCookie())).toBeUndefined();
});

test("the message names the cookie and the reason; a weak sample says its entropy", () => {
	const predictable = findingOf(predictableSessionId, makeCookie({ name: "sid" }), { sample });
	expect(predictable?.message).toBe(
		"200 fresh ids of `sid` are predictable: counter: counter-like (monotonic)",
	);
	const weak = {
		...sample,
		verdict: "weak" as const,
		estimatedEntropyBits: 23.9,
		reason: "estimated 23.9 bits",
	};
	expect(findingOf(predictableSessionId, makeCookie({ name: "sid" }), { sample: weak })?.message).toBe(
		"200 fresh ids of `sid` carry too little entropy (about 23.9 bits, under 64): estimated 23.9 bits",
	);
	expect(predictable?.fix).toContain("cryptographically secure random generator with at least 128 bits");
	expect(predictable?.fix).toContain("never uniqid() or md5(time())");
});
