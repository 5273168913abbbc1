import { describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";
import { harFixture, oneErrorLine, runCli } from "./testing/cli-harness.ts";

async function harReport(name: string, ...extra: string[]): Promise<Report> {
	const run = await runCli(["audit", "--har", harFixture(name), "--format", "json", ...extra]);
	expect(run.stderr).toBe("");
	return JSON.parse(run.stdout) as Report;
}

describe("audit --har", () => {
	test("applies every response's Set-Cookie in order, each from its own request URL", async () => {
		const report = await harReport("login-redirect.har");
		expect(report.source).toEqual({ kind: "har" });
		const cookies = report.sites.flatMap((s) => s.cookies);
		// remember_me is stored by the login response and deleted by the next one (Max-Age=0).
		expect(cookies.map((c) => c.name).sort()).toEqual(["csrftoken", "sid", "theme"]);
		expect(cookies.every((c) => c.domain === "app.example.test")).toBe(true);
		expect(report.rejected).toEqual([]);
	});

	test("reports the headers a browser would refuse with the response's URL", async () => {
		const report = await harReport("refused.har");
		expect(report.rejected.map((r) => [r.url, r.reason])).toEqual([
			["http://shop.example.test/", "samesite-none-insecure"],
			["http://shop.example.test/", expect.stringMatching(/prefix-violation|secure-from-insecure-origin/)],
		]);
		expect(report.sites.flatMap((s) => s.cookies).map((c) => c.name)).toEqual(["PHPSESSID"]);
	});

	test("missing-hsts: a session cookie of an https host that answered without Strict-Transport-Security", async () => {
		const report = await harReport("hsts.har");
		const hsts = report.sites.map((s) => [
			s.site,
			s.cookies.flatMap((c) => c.findings.filter((f) => f.rule === "missing-hsts").map((f) => f.severity)),
		]);
		// secure.example.org's first header (a year, includeSubDomains) counts, not the max-age=0 after it.
		expect(hsts).toEqual([
			["example.test", ["medium"]],
			["example.org", []],
		]);
	});

	test("a HAR without cookies exits 0 even with --fail-on info", async () => {
		const run = await runCli(["audit", "--har", harFixture("clean.har"), "--fail-on", "info"]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain("No cookies were set.");
	});

	test("a HAR with a high finding exits 1 under the default --fail-on", async () => {
		expect((await runCli(["audit", "--har", harFixture("refused.har")])).code).toBe(1);
	});

	test.each([
		["truncated.har", " is not JSON: "],
		["not-an-object.har", ": the HAR file must be an object (got an array)"],
		["no-entries.har", ": log.entries must be an array (got nothing)"],
		["no-response.har", ": log.entries[0].response must be an object (got nothing)"],
		["bad-request-url.har", ': log.entries[0].request.url "not a url" is not an absolute URL'],
		[
			"header-value-not-string.har",
			": log.entries[0].response.headers[0].value must be a string (got number 42)",
		],
	])("malformed %s: one line naming the problem, exit 2", async (name, message) => {
		const file = harFixture(`malformed/${name}`);
		const run = await runCli(["audit", "--har", file]);
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toContain(`HAR file ${file}${message}`);
		expect(run.stdout).toBe("");
	});

	test("a missing HAR file is one line and exit 2", async () => {
		const run = await runCli(["audit", "--har", "/nonexistent/session.har"]);
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe("cannot read /nonexistent/session.har: no such file");
	});

	test("--har - reads the HAR from standard input", async () => {
		const { readFile } = await import("node:fs/promises");
		const text = await readFile(harFixture("login-redirect.har"), "utf8");
		const piped = await runCli(["audit", "--har", "-", "--format", "json"], { stdin: text });
		expect(piped.stderr).toBe("");
		expect(JSON.parse(piped.stdout)).toEqual(await harReport("login-redirect.har"));
	});

	test("--har - with nothing piped in, or with bad input, is one clear line and exit 2", async () => {
		const unpiped = await runCli(["audit", "--har", "-"]);
		expect(unpiped.code).toBe(2);
		expect(oneErrorLine(unpiped)).toBe(
			"--har - reads the HAR from standard input, but nothing is piped in (… | session-hygiene audit --har -)",
		);
		const bad = await runCli(["audit", "--har", "-"], { stdin: '{"log": {' });
		expect(bad.code).toBe(2);
		expect(oneErrorLine(bad)).toMatch(/^HAR file \(standard input\) is not JSON: /);
	});

	test("a HAR is audited as of its last response: a recording's cookies do not expire since it was made", async () => {
		const run = await runCli(["audit", "--har", "old.har", "--format", "json"], {
			files: { "old.har": OLD_HAR },
		});
		expect(run.stderr).toBe("");
		const report = JSON.parse(run.stdout) as Report;
		expect(report.generatedAt).toBe("2025-03-01T10:00:05.000Z");
		const cookies = report.sites.flatMap((s) => s.cookies);
		// Max-Age counts from its own response (10:00:05), Expires is absolute.
		expect(cookies.map((c) => [c.name, c.expires])).toEqual([
			["sid", Date.UTC(2025, 2, 1, 12) / 1000],
			["pref", Date.UTC(2025, 2, 1, 11, 0, 5) / 1000],
		]);
	});

	test("--now still decides the audit time, and each header keeps its own time", async () => {
		const at = (iso: string) =>
			runCli(["audit", "--har", "old.har", "--format", "json", "--now", iso], {
				files: { "old.har": OLD_HAR },
			});
		const names = async (iso: string) =>
			(JSON.parse((await at(iso)).stdout) as Report).sites.flatMap((s) => s.cookies.map((c) => c.name));
		expect(await names("2025-03-01T10:30:00Z")).toEqual(["sid", "pref"]);
		// pref's hour from 10:00:05 is over at 11:00:05, sid's Expires at 12:00.
		expect(await names("2025-03-01T11:30:00Z")).toEqual(["sid"]);
		expect(await names("2026-01-01T00:00:00Z")).toEqual([]);
	});

	test("a startedDateTime that is not a date is one clear line and exit 2", async () => {
		const bad = OLD_HAR.replace("2025-03-01T10:00:05.000Z", "yesterday");
		const run = await runCli(["audit", "--har", "bad.har"], { files: { "bad.har": bad } });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(
			'HAR file bad.har: log.entries[1].startedDateTime must be an ISO 8601 date (got "yesterday")',
		);
	});

	test("a HAR without any Set-Cookie says why that may be, and still reports", async () => {
		const sanitized = OLD_HAR.replace(/"Set-Cookie"/g, '"X-Other"');
		const run = await runCli(["audit", "--har", "s.har", "--format", "json"], {
			files: { "s.har": sanitized },
		});
		expect(run.code).toBe(0);
		expect(run.stderr).toBe(
			'session-hygiene: note: HAR file s.har has responses but no Set-Cookie header; Chrome\'s DevTools leave them out unless you choose "Export HAR (with sensitive data)"\n',
		);
		expect((JSON.parse(run.stdout) as Report).sites).toEqual([]);
	});
});

/** Two responses recorded on 2025-03-01: an absolute Expires, then a relative Max-Age. */
const OLD_HAR = JSON.stringify({
	log: {
		version: "1.2",
		entries: [
			{
				startedDateTime: "2025-03-01T10:00:00.000Z",
				request: { method: "GET", url: "https://app.example.com/login", headers: [] },
				response: {
					status: 200,
					headers: [
						{
							name: "Set-Cookie",
							value:
								"sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/; Secure; HttpOnly; Expires=Sat, 01 Mar 2025 12:00:00 GMT",
						},
					],
				},
			},
			{
				startedDateTime: "2025-03-01T10:00:05.000Z",
				request: { method: "GET", url: "https://app.example.com/account", headers: [] },
				response: {
					status: 200,
					headers: [{ name: "Set-Cookie", value: "pref=dark; Path=/; Max-Age=3600" }],
				},
			},
		],
	},
});
