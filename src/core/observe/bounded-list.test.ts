import { expect, test } from "vitest";
import { lastItems, pushBounded } from "./bounded-list.ts";

test("keeps the last `limit` items, oldest first", () => {
	const list: number[] = [];
	for (let i = 1; i <= 7; i++) pushBounded(list, i, 3);
	expect(lastItems(list, 3)).toEqual([5, 6, 7]);
});

test("the array never reaches twice the limit", () => {
	const list: number[] = [];
	for (let i = 1; i <= 1000; i++) pushBounded(list, i, 3);
	expect(list.length).toBeLessThan(6);
	expect(lastItems(list, 3)).toEqual([998, 999, 1000]);
});
