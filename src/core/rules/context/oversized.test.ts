import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { oversized } from "./oversized.ts";

const big = (n: number) => "a".repeat(n);

test.each([
	["name+value of 4000 bytes", "session", { value: big(4000 - "__Host-sid".length) }, "low"],
	["name+value of 3999 bytes", "session", { value: big(3999 - "__Host-sid".length) }, undefined],
	["multi-byte value counted in bytes", "other", { value: "é".repeat(2000) }, "low"],
	["csrf", "csrf", { value: big(5000) }, "low"],
] as const)("%s → %s", (_, role, extra, severity) => {
	expect(findingOf(oversized, makeCookie(extra), { role })?.severity).toBe(severity);
});

test("the largest of cookies sent to one host over 8 KB is reported", () => {
	const others = [1, 2, 3].map((i) =>
		makeCookie({ name: `c${i}`, domain: ".example.com", hostOnly: false, value: big(2500) }),
	);
	const largest = makeCookie({ name: "big", value: big(3000) });
	expect(findingOf(oversized, largest, { others })?.message).toContain("sent to app.example.com");
	expect(
		findingOf(oversized, others[0] ?? largest, { others: [largest, ...others.slice(1)] }),
	).toBeUndefined();
});

test("cookies in different partitions are not added up", () => {
	const others = [1, 2, 3].map((i) =>
		makeCookie({ name: `c${i}`, value: big(2500), partitionKey: { topLevelSite: `https://t${i}.test` } }),
	);
	expect(findingOf(oversized, makeCookie({ name: "big", value: big(3000) }), { others })).toBeUndefined();
});
