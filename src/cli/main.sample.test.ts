/** `sample <url>` against a loopback server whose session ids come from generators of known quality. */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHttpFetch } from "./inputs/http-fetch.ts";
import type { SampleResult } from "./sample/sample-result.ts";
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";
import { sampleSchemaErrors } from "./testing/report-schema-ajv.ts";
import { type SampleServer, startSampleServer } from "./testing/sample-server.ts";

const fetch = createHttpFetch();
let server: SampleServer;
beforeAll(async () => {
	server = await startSampleServer();
});
afterAll(() => server.close());

const sample = (path: string, ...args: string[]) =>
	runCli(["sample", server.url(path), "--format", "json", ...args], { fetch });

describe.each([
	["/counter", "predictable", 1, "counter"],
	["/time-hex", "predictable", 1, "timestamp"],
	["/lcg16", "predictable", 1, "linear-congruential"],
	["/lcg31", "predictable", 1, "linear-congruential"],
	["/java-random", "predictable", 1, "linear-congruential"],
	["/random24", "weak", 1, undefined],
	["/padded", "weak", 1, undefined],
	["/hex", "ok", 0, undefined],
	["/base64url", "ok", 0, undefined],
	["/uuid", "ok", 0, undefined],
	["/signed", "ok", 0, undefined],
] as const)("sample %s", (path, verdict, code, failing) => {
	let run: Awaited<ReturnType<typeof sample>>;
	let result: SampleResult;
	beforeAll(async () => {
		server.requests.length = 0;
		run = await sample(path);
		result = JSON.parse(run.stdout);
	});

	test(`is ${verdict}, exit ${code}, valid against docs/sample.schema.json`, () => {
		expect(run.stderr).toBe("");
		expect(run.code).toBe(code);
		expect(result.verdict).toBe(verdict);
		expect(sampleSchemaErrors(result)).toEqual([]);
		expect(result.cookie).toBe("sid");
		expect(result.samples).toBe(200);
		if (failing) expect(result.tests.find((t) => t.name === failing)?.passed).toBe(false);
	});

	test("the server received 200 requests and not one Cookie or Authorization header", () => {
		expect(server.requests).toHaveLength(200);
		expect(server.requests.filter((r) => r.cookie !== undefined || r.authorization !== undefined)).toEqual(
			[],
		);
	});

	test(`${verdict === "ok" ? "no finding" : "a high predictable-session-id finding"}`, () => {
		expect(result.findings.map((f) => [f.rule, f.severity])).toEqual(
			verdict === "ok" ? [] : [["predictable-session-id", "high"]],
		);
	});
});

test("128-bit CSPRNG ids are estimated within a few bits of 128, limited by sample size", async () => {
	const result: SampleResult = JSON.parse((await sample("/hex")).stdout);
	expect(result.estimatedEntropyBits).toBeGreaterThan(126);
	expect(result.estimatedEntropyBits).toBeLessThanOrEqual(128);
	expect(result.entropy.confidence).toBe("limited by sample size");
	expect(result.positionBits).toHaveLength(32);
});

test("the signed form is measured on its id, and the role pick is explained", async () => {
	const result: SampleResult = JSON.parse((await sample("/signed")).stdout);
	expect(result.randomPart.kind).toBe("signed-id");
	expect(result.estimatedEntropyBits).toBeGreaterThan(140);
	expect(result.picked).toEqual({
		role: "session",
		roleConfidence: "likely",
		roleReason: 'name has the word "sid"',
		pickedBy: "the role classifier's surest session cookie",
	});
});

test("a redirect's cookie is never sent on to the next hop", async () => {
	server.requests.length = 0;
	const run = await sample("/redirect", "--count", "20");
	expect(run.code).toBe(0);
	expect(server.requests.map((r) => r.path).slice(0, 2)).toEqual(["/redirect", "/hex"]);
	expect(server.requests.every((r) => r.cookie === undefined)).toBe(true);
});

test("--cookie names the cookie; --concurrency 4 still makes exactly --count requests", async () => {
	server.requests.length = 0;
	const run = await sample("/redirect", "--cookie", "visit", "--count", "40", "--concurrency", "4");
	const result: SampleResult = JSON.parse(run.stdout);
	expect(result.cookie).toBe("visit");
	expect(result.picked.pickedBy).toBe("named by --cookie");
	expect(result.samples).toBe(40);
	expect(server.requests.filter((r) => r.path === "/redirect")).toHaveLength(40);
});

describe("the text view", () => {
	test("a summary, a per-position chart, each test and the verdict with its finding", async () => {
		const run = await runCli(["sample", server.url("/counter")], { fetch });
		expect(run.code).toBe(1);
		const lines = run.stdout.split("\n");
		expect(lines[0]).toBe(`session-hygiene sample ${server.url("/counter")}`);
		expect(lines).toContain(
			'cookie    sid: session (likely: name has the word "sid"); the role classifier\'s surest session cookie',
		);
		expect(run.stdout).toMatch(
			/bits per character position \(4 positions, █ = \d\.\d\d bits\):\n {2}[▁▂▃▄▅▆▇█·]{4}\n/,
		);
		expect(run.stdout).toMatch(
			/\n {2}FAIL {2}counter {14}counter-like \(monotonic, constant step, small steps\)/,
		);
		expect(run.stdout).toMatch(/\n {2}pass {2}duplicates /);
		expect(run.stdout).toContain("\nverdict   PREDICTABLE\n");
		expect(run.stdout).toContain(
			"\nhigh  predictable-session-id: 200 fresh ids of `sid` are predictable: counter:",
		);
	});

	test("progress goes to stderr only on a terminal", async () => {
		const quiet = await runCli(["sample", server.url("/hex"), "--count", "20"], { fetch });
		expect(quiet.stderr).toBe("");
		const tty = await runCli(["sample", server.url("/hex"), "--count", "20"], { fetch, stderrIsTTY: true });
		expect(tty.stderr).toContain(`session-hygiene: fetching 20/20 ${server.url("/hex")}`);
		expect(tty.stderr.endsWith("\r\u001b[2K")).toBe(true);
	});
});

describe("one-line errors, exit 2", () => {
	test.each([
		[
			"/none",
			[],
			(url: string) =>
				`${url} sets no session cookie to a fresh visitor (cookies set: theme (other)); name one with --cookie <name>`,
		],
		[
			"/hex",
			["--cookie", "nope"],
			(url: string) => `${url} sets no cookie named "nope" (it sets: sid (session))`,
		],
		["/fail", [], (url: string) => `${url} answered 500: sampling stopped`],
		[
			"/fixed",
			["--count", "30"],
			() =>
				"only 1 distinct value of sid in 30 responses (at least 20 needed): the server may reuse ids or set the cookie only sometimes; try a larger --count",
		],
	] as const)("%s %j", async (path, args, message) => {
		server.requests.length = 0;
		const run = await sample(path, ...args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe("");
		expect(oneErrorLine(run)).toBe(message(server.url(path)));
	});

	test("a URL that sets no usable cookie fails after its first request", async () => {
		server.requests.length = 0;
		await sample("/none");
		expect(server.requests).toHaveLength(1);
	});

	test.each([
		[["--count", "10001"], '--count "10001" must be a whole number from 20 to 10,000'],
		[["--count", "5"], '--count "5" must be a whole number from 20 to 10,000'],
		[["--concurrency", "8"], '--concurrency "8" must be a whole number from 1 to 4'],
		[["--delay=-1"], '--delay "-1" must be a whole number from 0 to 60,000'],
		[["--format", "sarif"], '--format must be one of text, json (got "sarif")'],
		[["--har", "x.har"], "--har is an option of `audit` only (see --help)"],
	])("%j", async (args, message) => {
		const run = await runCli(["sample", "http://127.0.0.1:9/", ...args]);
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(message);
	});

	test("sample needs exactly one URL; audit refuses sample's options", async () => {
		expect(oneErrorLine(await runCli(["sample"]))).toBe(
			"sample needs exactly one URL: session-hygiene sample <url>",
		);
		expect(oneErrorLine(await runCli(["audit", "https://example.com/", "--count", "3"]))).toBe(
			"--count is an option of `sample` only (see --help)",
		);
	});
});
