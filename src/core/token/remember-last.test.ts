import { expect, test } from "vitest";
import { rememberLast } from "./remember-last.ts";

test("computes once per run of the same value, again for a new one", () => {
	const asked: string[] = [];
	const length = rememberLast((value) => {
		asked.push(value);
		return value.length;
	});
	expect([length("ab"), length("ab"), length("abc"), length("ab")]).toEqual([2, 2, 3, 2]);
	expect(asked).toEqual(["ab", "abc", "ab"]);
});

test("remembers an undefined answer too", () => {
	let calls = 0;
	const nothing = rememberLast(() => {
		calls++;
		return undefined;
	});
	nothing("x");
	nothing("x");
	expect(calls).toBe(1);
});
