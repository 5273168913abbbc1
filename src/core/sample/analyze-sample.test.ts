import { createHash, randomBytes, randomUUID } from "node:crypto";
import { sign as signCookie } from "cookie-signature";
import JavaRandom from "java-random";
import jwt from "jsonwebtoken";
import { ulid } from "ulid";
import { v7 as uuidv7 } from "uuid";
import { describe, expect, test } from "vitest";
import { analyzeSample } from "./analyze-sample.ts";
import python from "./structure/testing/python-random.json" with { type: "json" };
import type { HexDigest } from "./structure/time-hash-test.ts";

const digest: HexDigest = (algorithm, text) => createHash(algorithm).update(text).digest("hex");
const START = Date.UTC(2026, 11, 4, 18, 0, 0);
const N = 200;
/** Responses 25 ms apart; their Date headers have whole seconds, as HTTP dates do. */
const times = Array.from({ length: N }, (_, i) => START + i * 25);
const dates = times.map((t) => Math.floor(t / 1000) * 1000);
const many = (f: (i: number) => string) => Array.from({ length: N }, (_, i) => f(i));
const analyze = (values: string[]) => analyzeSample({ values, dates, digest });
const failed = (values: string[]) =>
	analyze(values)
		.tests.filter((t) => !t.passed)
		.map((t) => t.name);

describe("good generators", () => {
	test.each([
		["128-bit hex", () => randomBytes(16).toString("hex"), 128],
		["128-bit base64url", () => randomBytes(16).toString("base64url"), 128],
		["UUIDv4 (122 random bits)", () => randomUUID(), 122],
		// The uuid package's v7 puts a 31-bit sequence, seeded at random with its top bit clear, and 42
		// random bits after the time: 73 bits.
		[
			"UUIDv7s a response apart (the uuid package: 73 random bits)",
			(i: number) => uuidv7({ msecs: times[i] ?? START }),
			73,
		],
		["ULIDs a response apart (the ulid package: 80 random bits)", (i: number) => ulid(times[i] ?? START), 80],
		[
			"nanoid-shaped: 21 base64url characters (126 bits)",
			() => randomBytes(16).toString("base64url").slice(0, 21),
			126,
		],
		[
			"express-session signed 192-bit ids",
			() => `s:${signCookie(randomBytes(24).toString("base64url"), "k")}`,
			192,
		],
	])("%s: ok, the estimate within 2 bits of the truth, limited by sample size", (_name, make, truth) => {
		const analysis = analyze(many(make));
		expect(analysis.verdict).toBe("ok");
		expect(analysis.entropy.bits).toBeGreaterThan(truth - 2);
		expect(analysis.entropy.bits).toBeLessThan(truth + 1);
		expect(analysis.entropy.confidence).toBe("limited by sample size");
		expect(analysis.entropy.provableBits).toBe(15.3);
		expect(analysis.tests.every((t) => t.passed)).toBe(true);
	});

	test("a constant prefix or suffix leaves the bit tests to the middle (sess_<hex>, Tomcat's <HEX>.node1)", () => {
		for (const make of [
			() => `sess_${randomBytes(16).toString("hex")}`,
			() => `${randomBytes(16).toString("hex").toUpperCase()}.node1`,
		]) {
			const analysis = analyze(many(make));
			expect(analysis.encoding).toBe("hex");
			expect(analysis.tests.map((t) => t.name)).toContain("monobit");
			expect(analysis.verdict).toBe("ok");
		}
	});

	test("every test ran on 128-bit hex ids", () => {
		expect(analyze(many(() => randomBytes(16).toString("hex"))).tests.map((t) => t.name)).toEqual([
			"duplicates",
			"monobit",
			"poker",
			"runs",
			"long-run",
			"counter",
			"mersenne-twister",
			"serial-correlation",
			"counter-hash",
			"timestamp",
			"time-hash",
		]);
	});
});

describe("bad generators", () => {
	test("CPython random.getrandbits(128) ids are predictable though every bit test passes", () => {
		const analysis = analyze(python.getrandbits128);
		expect(analysis.verdict).toBe("predictable");
		expect(analysis.reasons).toEqual([
			"mersenne-twister: MT19937 (Python random, Ruby rand): 176 of 176 relations s[k+624] = f(s[k], s[k+1], s[k+397]) hold, read as 4 outputs per id, least significant first",
		]);
		expect(analysis.tests.filter((t) => !t.passed).map((t) => t.name)).toEqual(["mersenne-twister"]);
	});

	test("java.util.Random ids are predictable though every bit test passes (Long.toHexString of nextLong())", () => {
		const random = new JavaRandom(20_261_206);
		const analysis = analyze(
			many(() => BigInt.asUintN(64, random.nextLong()).toString(16).padStart(16, "0")),
		);
		expect(analysis.verdict).toBe("predictable");
		expect(analysis.reasons).toEqual([
			"linear-congruential: java.util.Random or drand48 (x' = (25214903917·x + 11) mod 2^48, its top bits shown), read as nextLong() per id: 40 of 40 tried ids fit",
		]);
		expect(
			analysis.tests.filter((t) => ["monobit", "poker", "runs", "long-run"].includes(t.name) && !t.passed),
		).toEqual([]);
	});

	test("a counter is predictable", () => {
		const analysis = analyze(many((i) => String(10_000 + i)));
		expect(analysis.verdict).toBe("predictable");
		expect(failed(many((i) => String(10_000 + i)))).toEqual([
			"counter",
			"linear-congruential",
			"serial-correlation",
		]);
	});

	test("hex milliseconds are predictable by their time", () => {
		const values = times.map((t) => t.toString(16));
		expect(analyze(values).verdict).toBe("predictable");
		expect(failed(values)).toContain("timestamp");
	});

	test("md5 of the time in milliseconds is predictable by the time-hash test alone", () => {
		const values = times.map((t) => digest("md5", String(t)));
		expect(failed(values)).toEqual(["time-hash"]);
		expect(analyze(values).reasons[0]).toBe(
			`time-hash: a value is md5("${times[0]}"), the hash of its response's time`,
		);
	});

	test("md5 of a counter is predictable by the counter-hash test alone", () => {
		const analysis = analyze(
			many((i) =>
				createHash("md5")
					.update(String(1000 + i))
					.digest("hex"),
			),
		);
		expect(analysis.verdict).toBe("predictable");
		expect(
			failed(
				many((i) =>
					createHash("md5")
						.update(String(1000 + i))
						.digest("hex"),
				),
			),
		).toEqual(["counter-hash"]);
	});

	test("24 random bits are weak, not predictable", () => {
		const analysis = analyze(many(() => randomBytes(3).toString("hex")));
		expect(analysis.verdict).toBe("weak");
		expect(analysis.entropy.bits).toBeGreaterThan(22);
		expect(analysis.entropy.bits).toBeLessThan(24.5);
		expect(analysis.reasons[0]).toMatch(
			/^estimated 2\d(?:\.\d)? bits of entropy, under the 64 OWASP asks for$/,
		);
	});

	test("40 random bits padded with a constant are weak: the padding adds nothing", () => {
		const analysis = analyze(many(() => `${randomBytes(5).toString("hex")}${"0".repeat(22)}`));
		expect(analysis.verdict).toBe("weak");
		expect(Math.round(analysis.entropy.bits)).toBe(40);
	});

	test("a hash of a 10-bit seed looks random per position but repeats give it away", () => {
		const values = many(() => digest("sha256", String(randomBytes(2).readUInt16BE() % 1024)));
		const analysis = analyze(values);
		expect(analysis.verdict).toBe("predictable");
		expect(failed(values)).toEqual(["duplicates", "counter-hash"]);
		expect(analysis.entropy.bits).toBeLessThan(12);
		expect(analysis.entropy.confidence).toBe("measured");
	});

	test("JWTs without a jti have no random part: weak, with the reason", () => {
		const values = many((i) => jwt.sign({ sub: `user${i}`, iat: 1_800_000_000 + i }, "secret"));
		const analysis = analyze(values);
		expect(analysis.verdict).toBe("weak");
		expect(analysis.entropy.bits).toBe(0);
		expect(analysis.reasons).toEqual([
			"JWTs without a jti claim: nothing in them is random (claims and signature are derived); their strength rests on the signing key alone",
		]);
	});

	test("JWTs with a random jti are judged by it", () => {
		const values = many(() => jwt.sign({ jti: randomUUID() }, "secret"));
		const analysis = analyze(values);
		expect(analysis.randomPart.kind).toBe("jwt-id");
		expect(analysis.verdict).toBe("ok");
		expect(Math.round(analysis.entropy.bits)).toBe(122);
	});
});

test("without Date headers or a digest the time and hash tests are listed as skipped", () => {
	const analysis = analyzeSample({ values: many(() => randomBytes(16).toString("hex")) });
	expect(analysis.skipped).toEqual([
		{
			name: "linear-congruential",
			reason: "values of 128 bits are no whole generator state (64 bits at most)",
		},
		{ name: "counter-hash", reason: "no digest function given" },
		{ name: "timestamp, time-hash", reason: "no response times (Date headers) given" },
	]);
});
