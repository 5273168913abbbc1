import { expect, test } from "vitest";
import { timestampTest } from "./timestamp-test.ts";

const DATE = Date.UTC(2026, 11, 4, 18, 0, 0);
const dates = Array.from({ length: 20 }, (_, i) => DATE + i * 1000);

test.each([
	["milliseconds in hex", (d: number) => (d + 123).toString(16), "milliseconds in base 16"],
	["seconds in decimal after a prefix", (d: number) => `id-${d / 1000}-x9`, "seconds in base 10"],
	[
		"PHP uniqid(): hex seconds then microseconds",
		(d: number) => `${(d / 1000).toString(16)}0a1b2`,
		"seconds in base 16",
	],
	["base36 milliseconds", (d: number) => d.toString(36), "milliseconds in base 36"],
])("%s", (_name, make, how) => {
	const result = timestampTest(dates.map(make), dates);
	expect(result.passed).toBe(false);
	expect(result.detail).toBe(
		`20 of 20 values carry their response's time (${how}, within ±300 s of the Date header)`,
	);
});

test("random hex values carry no time", () => {
	const values = dates.map((_, i) => ((i + 1) * 0x9e3779b97f4a).toString(16).padStart(16, "0"));
	expect(timestampTest(values, dates)).toEqual({
		name: "timestamp",
		passed: true,
		detail: "0 of 20 values carry a time within ±300 s of their Date header (fails at 18)",
	});
});
