import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { type HexDigest, timeHashTest } from "./time-hash-test.ts";

const digest: HexDigest = (algorithm, text) => createHash(algorithm).update(text).digest("hex");
const DATE = Date.UTC(2026, 11, 4, 18, 0, 7);

test("md5 of the time in seconds, sha1 of it in milliseconds, sha256 of a second nearby", () => {
	const seconds = String(DATE / 1000);
	expect(timeHashTest([digest("md5", seconds)], [DATE], digest)?.detail).toBe(
		`a value is md5("${seconds}"), the hash of its response's time`,
	);
	expect(timeHashTest([digest("sha1", String(DATE - 850))], [DATE], digest)?.passed).toBe(false);
	expect(timeHashTest([digest("sha256", String(DATE / 1000 - 42))], [DATE], digest)?.passed).toBe(false);
});

test("a random digest-shaped value passes; other lengths are not tried", () => {
	expect(timeHashTest([digest("md5", "not the time")], [DATE], digest)).toEqual({
		name: "time-hash",
		passed: true,
		detail: "1 values are no md5/sha1/sha256 of the time (seconds ±60 s, milliseconds ±2 s)",
	});
	expect(timeHashTest(["abc"], [DATE], digest)).toBeUndefined();
});
