import { sign } from "cookie-signature";
import jwt from "jsonwebtoken";
import { describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";
import { createFakeFetch } from "./testing/fake-fetch.ts";

const FROM = "https://app.example.test/";
/** express-session's cookie value for a session id signed with `secret` (cookie.serialize URL-encodes it). */
const expressValue = (secret: string) =>
	encodeURIComponent(`s:${sign("Yx8yP2kVn3Qa0Lm7Rt5Wz1cB4dE6fG9h", secret)}`);
const sidHeader = (secret: string) =>
	`connect.sid=${expressValue(secret)}; Path=/; Secure; HttpOnly; SameSite=Lax`;
const RANDOM = "9c1f7e3a5b2d4f6e8a0c1b3d5f7e9a2c4b6d8f0e1a3c5e7f9b2d4f6a8c0e2b4d";
const headers = (...setCookies: string[]) => [
	"audit",
	"--from",
	FROM,
	...setCookies.flatMap((h) => ["--set-cookie", h]),
];

const forgeable = (report: Report) =>
	report.sites.flatMap((s) =>
		s.cookies.flatMap((c) =>
			c.findings.filter((f) => f.rule === "forgeable-session").map((f) => ({ cookie: c.name, ...f })),
		),
	);

describe("forgeable-session from the command line", () => {
	test("express-session signed 'keyboard cat': high, exit 1 with --fail-on high, the source named", async () => {
		const run = await runCli([
			...headers(sidHeader("keyboard cat")),
			"--format",
			"json",
			"--fail-on",
			"high",
		]);
		expect(run.stderr).toBe("");
		expect(run.code).toBe(1);
		const [finding, ...more] = forgeable(JSON.parse(run.stdout) as Report);
		expect(more).toEqual([]);
		expect(finding?.cookie).toBe("connect.sid");
		expect(finding?.severity).toBe("high");
		expect(finding?.message).toContain("(built-in: express-session README example)");
		expect(run.stdout).not.toContain("keyboard cat");
	});

	test("signed with a random secret: no finding, exit 0", async () => {
		const run = await runCli([...headers(sidHeader(RANDOM)), "--format", "json"]);
		expect(run.stderr).toBe("");
		expect(run.code).toBe(0);
		expect(forgeable(JSON.parse(run.stdout) as Report)).toEqual([]);
	});

	test("--secrets: the user's secret is found, named as the user's list, and never printed", async () => {
		const secret = "our-team-staging-secret-41";
		const files = { "team-secrets.txt": `# not a comment, a secret\r\n\r\n${secret}\r\n` };
		for (const format of ["json", "text", "markdown", "sarif"]) {
			const run = await runCli(
				[...headers(sidHeader(secret)), "--secrets", "team-secrets.txt", "--format", format],
				{ files },
			);
			expect(run.stderr).toBe("");
			expect(run.code).toBe(1);
			expect(run.stdout).toContain("your --secrets list");
			expect(run.stdout).not.toContain(secret);
			expect(run.stdout).not.toContain(expressValue(secret));
		}
	});

	test("--secrets with a missing file: one line, exit 2, before anything else", async () => {
		const run = await runCli([...headers(sidHeader(RANDOM)), "--secrets", "/nonexistent/secrets.txt"]);
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe("cannot read /nonexistent/secrets.txt: no such file");
	});

	test("--secrets with a binary file: one line, exit 2", async () => {
		const run = await runCli([...headers(sidHeader(RANDOM)), "--secrets", "bin"], {
			files: { bin: "a\u0000b" },
		});
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe("--secrets bin: not a text file (one secret a line)");
	});

	test("the vendored wordlist is tried after the built-in secrets", async () => {
		const token = jwt.sign({ sub: "alice" }, "mySecretKey", { noTimestamp: true });
		const run = await runCli([...headers(`token=${token}; Path=/; Secure; HttpOnly`), "--format", "json"], {
			wordlist: "vendored",
		});
		expect(run.stderr).toBe("");
		const [finding] = forgeable(JSON.parse(run.stdout) as Report);
		expect(finding?.message).toContain("JWT (HMAC)");
		expect(finding?.message).toContain("(wallarm/jwt-secrets wordlist)");
	});

	test("a csrf cookie signed with a known secret is medium", async () => {
		const run = await runCli([
			...headers(`csrftoken=${expressValue("keyboard cat")}; Path=/; Secure`),
			"--format",
			"json",
		]);
		expect(forgeable(JSON.parse(run.stdout) as Report).map((f) => f.severity)).toEqual(["medium"]);
	});

	test("switched off in the settings: no finding", async () => {
		const files = { "s.json": JSON.stringify({ severityOverrides: { "forgeable-session": "off" } }) };
		const run = await runCli(
			[...headers(sidHeader("keyboard cat")), "--config", "s.json", "--format", "json"],
			{ files },
		);
		expect(run.stderr).toBe("");
		expect(forgeable(JSON.parse(run.stdout) as Report)).toEqual([]);
	});

	test("audit <url> checks the fetched cookies", async () => {
		const fake = createFakeFetch({ [FROM]: { setCookie: [sidHeader("keyboard cat")] } });
		const run = await runCli(["audit", FROM, "--format", "json"], { fetch: fake.fetch });
		expect(forgeable(JSON.parse(run.stdout) as Report).map((f) => f.cookie)).toEqual(["connect.sid"]);
	});

	test("audit --har checks the replayed cookies", async () => {
		const entry = {
			startedDateTime: "2030-01-01T00:00:00.000Z",
			time: 5,
			request: {
				method: "GET",
				url: FROM,
				httpVersion: "HTTP/1.1",
				cookies: [],
				headers: [],
				queryString: [],
				headersSize: -1,
				bodySize: 0,
			},
			response: {
				status: 200,
				statusText: "OK",
				httpVersion: "HTTP/1.1",
				cookies: [],
				headers: [{ name: "Set-Cookie", value: sidHeader("keyboard cat") }],
				content: { size: 0, mimeType: "text/html" },
				redirectURL: "",
				headersSize: -1,
				bodySize: 0,
			},
			cache: {},
			timings: { send: 1, wait: 3, receive: 1 },
		};
		const har = JSON.stringify({
			log: { version: "1.2", creator: { name: "test", version: "1" }, entries: [entry] },
		});
		const run = await runCli(["audit", "--har", "s.har", "--format", "json"], { files: { "s.har": har } });
		expect(run.stderr).toBe("");
		expect(forgeable(JSON.parse(run.stdout) as Report).map((f) => f.cookie)).toEqual(["connect.sid"]);
	});

	test("on a terminal the check shows progress on stderr and erases it", async () => {
		const wordlist = Array.from({ length: 600 }, (_, i) => `entry-${i}`);
		const run = await runCli(headers(sidHeader(RANDOM)), { stderrIsTTY: true, wordlist });
		expect(run.stderr).toContain("session-hygiene: checking signatures against known secrets");
		expect(run.stderr.endsWith("/613\r\u001b[2K")).toBe(true);
	});
});
