import { randomBytes } from "node:crypto";
import JavaRandom from "java-random";
import { expect, test } from "vitest";
import drand48 from "./testing/glibc-drand48.json" with { type: "json" };
import { successive, truncatedLcgFit } from "./truncated-lcg.ts";

const unsigned32 = (n: number) => BigInt(n >>> 0);
const unsigned64 = (n: bigint) => BigInt.asUintN(64, n);

test("java.util.Random's nextInt(), as Integer.toHexString prints it: every pair fits", () => {
	const random = new JavaRandom(42);
	const ids = Array.from({ length: 200 }, () => unsigned32(random.nextInt()));
	expect(truncatedLcgFit(ids, 10)).toEqual({ reading: "next(32) per id", fits: 40, tried: 40 });
});

test("java.util.Random's nextLong(), as Long.toHexString prints it: every id fits", () => {
	const random = new JavaRandom(-7);
	const ids = Array.from({ length: 50 }, () => unsigned64(random.nextLong()));
	expect(truncatedLcgFit(ids, 10)).toEqual({ reading: "nextLong() per id", fits: 40, tried: 40 });
});

test("glibc's lrand48 (31 bits) and mrand48 (32 bits), recorded from the C library", () => {
	expect(truncatedLcgFit(drand48.lrand48.map(BigInt), 10)).toEqual({
		reading: "lrand48 per id",
		fits: 40,
		tried: 40,
	});
	expect(truncatedLcgFit(drand48.mrand48.map(BigInt), 10)).toEqual({
		reading: "next(32) per id",
		fits: 40,
		tried: 40,
	});
});

test("random 32- and 64-bit ids fit no reading", () => {
	const words = (bytes: number) =>
		Array.from({ length: 200 }, () => BigInt(`0x${randomBytes(bytes).toString("hex")}`));
	expect(truncatedLcgFit(words(4), 10)).toBeUndefined();
	expect(truncatedLcgFit(words(8), 10)).toBeUndefined();
	expect(
		truncatedLcgFit(
			words(4).map((v) => v >> 1n),
			10,
		),
	).toBeUndefined();
});

test("one pair: the successor's top bits, and a near miss", () => {
	const random = new JavaRandom(1);
	const [a, b] = [unsigned32(random.nextInt()), unsigned32(random.nextInt())];
	expect(successive(a, b, 16)).toBe(true);
	expect(successive(a, b ^ 1n, 16)).toBe(false);
});

test("ids another caller's draws sit between are no longer successive: not found, a limit", () => {
	const random = new JavaRandom(3);
	const ids = Array.from({ length: 200 }, () => {
		random.nextInt();
		return unsigned32(random.nextInt());
	});
	expect(truncatedLcgFit(ids, 10)).toBeUndefined();
});
