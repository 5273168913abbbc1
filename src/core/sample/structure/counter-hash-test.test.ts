import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { counterHashTest } from "./counter-hash-test.ts";
import type { HexDigest } from "./time-hash-test.ts";

const digest: HexDigest = (algorithm, text) => createHash(algorithm).update(text).digest("hex");
const hashes = (algorithm: "md5" | "sha1" | "sha256", from: number, n: number) =>
	Array.from({ length: n }, (_, i) =>
		createHash(algorithm)
			.update(String(from + i))
			.digest("hex"),
	);

test("md5 of a counter is found, with the integers it hashes", () => {
	expect(counterHashTest(hashes("md5", 5000, 200), digest)).toEqual({
		name: "counter-hash",
		passed: false,
		detail:
			'200 of 200 distinct values are the md5 of a small integer (md5("5000"), md5("5001"), md5("5002"), …): a hashed counter or row id',
	});
});

test("sha1 and sha256 of row ids, upper-case hex too", () => {
	expect(counterHashTest(hashes("sha1", 99_990, 30), digest)?.passed).toBe(false);
	expect(
		counterHashTest(
			hashes("sha256", 12, 30).map((v) => v.toUpperCase()),
			digest,
		)?.passed,
	).toBe(false);
});

test("random ids of a digest's length are no hashed counter", () => {
	expect(
		counterHashTest(
			Array.from({ length: 50 }, () => randomBytes(16).toString("hex")),
			digest,
		),
	).toEqual({
		name: "counter-hash",
		passed: true,
		detail: "no value is the md5 of an integer from 0 to 99999",
	});
});

test("values not all hex of one digest's length are not tried", () => {
	expect(
		counterHashTest(
			Array.from({ length: 50 }, () => randomBytes(12).toString("hex")),
			digest,
		),
	).toBeUndefined();
	expect(
		counterHashTest([...hashes("md5", 0, 5), "not-a-digest-but-32-characters!!"], digest),
	).toBeUndefined();
});
