import fc from "fast-check";
import { expect, test } from "vitest";
import { createGramIndex, GRAM } from "./gram-index.ts";

const always = () => true;

test("finds the first occurrence of a text of GRAM characters or more", () => {
	const index = createGramIndex("xx abcdefghij yy abcdefghij");
	expect(GRAM).toBe(8);
	expect(index.firstOccurrence("abcdefghij", always)).toBe(3);
	expect(index.firstOccurrence("cdefghij y", always)).toBe(5);
	expect(index.firstOccurrence("abcdefghik", always)).toBe(-1);
});

test("offers occurrences in ascending order until one is accepted", () => {
	const index = createGramIndex("abcdefgh-abcdefgh-abcdefgh");
	const offered: number[] = [];
	const at = index.firstOccurrence("abcdefgh", (candidate) => {
		offered.push(candidate);
		return candidate > 5;
	});
	expect(at).toBe(9);
	expect(offered).toEqual([0, 9]);
});

test("looks up texts shorter than GRAM too, and finds nothing in an empty string", () => {
	expect(createGramIndex("one two").firstOccurrence("two", always)).toBe(4);
	expect(createGramIndex("").firstOccurrence("abcdefgh", always)).toBe(-1);
	expect(createGramIndex("").firstOccurrence("a", always)).toBe(-1);
	expect(createGramIndex("ab").firstOccurrence("", (at) => at > 1)).toBe(2);
	expect(createGramIndex("ab").firstOccurrence("", () => false)).toBe(-1);
});

test("agrees with indexOf, whatever the accepted positions", () => {
	// A two-letter alphabet makes pieces repeat and hash buckets collide.
	const text = (min: number, max: number) =>
		fc.array(fc.constantFrom("a", "b"), { minLength: min, maxLength: max }).map((c) => c.join(""));
	fc.assert(
		fc.property(text(0, 200), text(1, 14), fc.integer({ min: 0, max: 200 }), (all, needle, minAt) => {
			const accept = (at: number) => at >= minAt;
			let naive = -1;
			for (let at = all.indexOf(needle); at >= 0; at = all.indexOf(needle, at + 1)) {
				if (accept(at)) {
					naive = at;
					break;
				}
			}
			expect(createGramIndex(all).firstOccurrence(needle, accept)).toBe(naive);
		}),
		{ numRuns: 500 },
	);
});
