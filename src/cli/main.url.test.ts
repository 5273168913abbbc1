import { describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";
import { createFakeFetch, hangingFetch } from "./testing/fake-fetch.ts";

const json = (stdout: string) => JSON.parse(stdout) as Report;

describe("audit <url> (scripted fetch)", () => {
	test("follows redirects by hand, applying each hop's Set-Cookie from its own URL", async () => {
		const fake = createFakeFetch({
			"http://example.test/": {
				status: 301,
				location: "https://www.example.test/login",
				setCookie: ["hop=1"],
			},
			"https://www.example.test/login": {
				status: 302,
				location: "/home",
				setCookie: [
					"sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/; Secure; HttpOnly",
					"lang=en; Domain=example.test; Path=/",
				],
			},
			"https://www.example.test/home": { setCookie: ["seen=1; Path=/home; Secure"] },
		});
		const run = await runCli(["audit", "http://example.test", "--format", "json"], { fetch: fake.fetch });
		expect(run.stderr).toBe("");
		expect(fake.requests.map((r) => r.url)).toEqual([
			"http://example.test/",
			"https://www.example.test/login",
			"https://www.example.test/home",
		]);
		expect(fake.requests.every((r) => r.redirect === "manual")).toBe(true);
		const cookies = json(run.stdout).sites.flatMap((s) => s.cookies);
		expect(cookies.map((c) => [c.name, c.domain, c.path])).toEqual([
			["hop", "example.test", "/"],
			["sid", "www.example.test", "/"],
			["lang", ".example.test", "/"],
			["seen", "www.example.test", "/home"],
		]);
		expect(json(run.stdout).source).toEqual({ kind: "url", url: "http://example.test/" });
	});

	test("sends the cookies stored so far on the next hop, as a browser would", async () => {
		const fake = createFakeFetch({
			"https://a.example.test/": {
				status: 302,
				location: "/next",
				setCookie: ["sid=1; Path=/; Secure", "other=2; Path=/x"],
			},
			"https://a.example.test/next": {},
		});
		await runCli(["audit", "https://a.example.test/"], { fetch: fake.fetch });
		expect(fake.requests.map((r) => r.cookie)).toEqual([null, "sid=1"]);
	});

	test("several URLs share one jar; the report names no single URL", async () => {
		const fake = createFakeFetch({
			"https://a.example.test/": { setCookie: ["x=1; Path=/; Secure; HttpOnly"] },
			"https://b.other.test/": { setCookie: ["y=1; Path=/; Secure; HttpOnly"] },
		});
		const run = await runCli(
			["audit", "https://a.example.test/", "https://b.other.test/", "--format", "json"],
			{
				fetch: fake.fetch,
			},
		);
		const report = json(run.stdout);
		expect(report.source).toEqual({ kind: "url" });
		expect(report.sites.map((s) => s.site)).toEqual(["example.test", "other.test"]);
	});

	test("a redirect loop stops after 10 redirects: one line, exit 2", async () => {
		const fake = createFakeFetch({ "https://loop.test/": { status: 302, location: "/" } });
		const run = await runCli(["audit", "https://loop.test/"], { fetch: fake.fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(
			"more than 10 redirects from https://loop.test/ (last: https://loop.test/)",
		);
		expect(fake.requests).toHaveLength(11);
	});

	test("a redirect to another scheme is refused clearly", async () => {
		const fake = createFakeFetch({ "https://a.test/": { status: 302, location: "ftp://a.test/file" } });
		const run = await runCli(["audit", "https://a.test/"], { fetch: fake.fetch });
		expect(oneErrorLine(run)).toBe(
			'the redirect from https://a.test/ to "ftp://a.test/file" is not http or https',
		);
	});

	test("an unresolvable host is one line and exit 2", async () => {
		const fetch = (() =>
			Promise.reject(
				Object.assign(new TypeError("fetch failed"), {
					cause: Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.invalid"), { code: "ENOTFOUND" }),
				}),
			)) as typeof globalThis.fetch;
		const run = await runCli(["audit", "https://nowhere.invalid/"], { fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe("cannot resolve host nowhere.invalid (https://nowhere.invalid/)");
	});

	test("--timeout bounds each request", async () => {
		const run = await runCli(["audit", "https://slow.test/", "--timeout", "0.05"], { fetch: hangingFetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe("no response from https://slow.test/ within 0.05 s (see --timeout)");
	});

	test("on a terminal, stderr shows which URL is being fetched, and the line is gone at the end", async () => {
		const fake = createFakeFetch({
			"https://a.test/": { setCookie: ["a=1"] },
			"https://b.test/": { setCookie: ["b=1"] },
		});
		const argv = ["audit", "https://a.test/", "https://b.test/", "--format", "json"];
		const run = await runCli(argv, { fetch: fake.fetch, stderrIsTTY: true });
		expect(run.code).toBe(0);
		expect(run.stderr).toBe(
			`${ERASE}session-hygiene: fetching 1/2 https://a.test/${ERASE}session-hygiene: fetching 2/2 https://b.test/${ERASE}`,
		);
		expect(json(run.stdout).sites.map((s) => s.site)).toEqual(["a.test", "b.test"]);
		// Not on a terminal (logs, pipes, CI): no progress at all.
		expect((await runCli(argv, { fetch: fake.fetch, stderrIsTTY: false })).stderr).toBe("");
	});

	test("on a terminal, an error replaces the progress line instead of following it", async () => {
		const run = await runCli(["audit", "https://slow.test/", "--timeout", "0.05"], {
			fetch: hangingFetch,
			stderrIsTTY: true,
		});
		expect(run.code).toBe(2);
		expect(run.stderr.split(ERASE).at(-1)).toBe(
			"session-hygiene: no response from https://slow.test/ within 0.05 s (see --timeout)\n",
		);
	});
});

/** What the progress line writes to go back to the start of the line and erase it. */
const ERASE = "\r\u001b[2K";
