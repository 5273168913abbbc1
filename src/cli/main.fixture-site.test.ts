import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtureCertificate } from "../../test/site/certificate.ts";
import { type FixtureSite, startFixtureSite } from "../../test/site/fixture-site.ts";
import type { Report } from "../core/report.ts";
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";
import { createLoopbackFetch } from "./testing/loopback-fetch.ts";

let site: FixtureSite;
let loopbackFetch: typeof globalThis.fetch;

beforeAll(async () => {
	site = await startFixtureSite();
	loopbackFetch = createLoopbackFetch((await fixtureCertificate()).cert);
});
afterAll(() => site.close());

const setPath = (...headers: string[]) =>
	`/set?${headers.map((h) => `h=${encodeURIComponent(h)}`).join("&")}`;

describe("audit <url> against the fixture site", () => {
	test("a redirect hop and the final page each set cookies on the fake hosts; the jar sends them on", async () => {
		const final = setPath("prefs=compact; Path=/; Secure; SameSite=Lax");
		const start = site.url(
			"app.example.test",
			`/redirect?to=${encodeURIComponent(final)}&h=${encodeURIComponent("sid=9f86d081884c7d659a2feaa0c55ad015; Path=/; Secure; HttpOnly; SameSite=Lax")}`,
		);
		const run = await runCli(["audit", start, "--format", "json"], { fetch: loopbackFetch });
		expect(run.stderr).toBe("");
		const report = JSON.parse(run.stdout) as Report;
		expect(report.sites.map((s) => s.site)).toEqual(["example.test"]);
		expect(report.sites[0]?.cookies.map((c) => [c.name, c.domain, c.secure])).toEqual([
			["sid", "app.example.test", true],
			["prefs", "app.example.test", true],
		]);
		const finalRequest = site.requests.find(
			(r) => r.path.startsWith("/set?") && r.host === "app.example.test",
		);
		expect(finalRequest?.cookie).toBe("sid=9f86d081884c7d659a2feaa0c55ad015");
	});

	test("plain http to a fake host: Secure is refused, the session cookie is flagged, exit 1", async () => {
		const url = site.url(
			"app.example.test",
			setPath("sid=3f9c2a7b8e1d4c6f0a5b9e2d7c4f1a8b; Path=/", "tok=1; Secure"),
			"http",
		);
		const run = await runCli(["audit", url, "--format", "json"], { fetch: loopbackFetch });
		expect(run.code).toBe(1);
		const report = JSON.parse(run.stdout) as Report;
		expect(report.rejected.map((r) => r.reason)).toEqual(["secure-from-insecure-origin"]);
		const rules = report.sites.flatMap((s) => s.cookies.flatMap((c) => c.findings.map((f) => f.rule)));
		expect(rules).toContain("missing-secure");
	});

	test("Node's own fetch reads every Set-Cookie of a real response (127.0.0.1)", async () => {
		const url = `http://127.0.0.1:${site.httpPort}${setPath("a=1; Path=/", "b=2; Path=/", "c=3; Path=/")}`;
		const run = await runCli(["audit", url, "--format", "json", "--fail-on", "none"], {
			fetch: globalThis.fetch,
		});
		expect(run.code).toBe(0);
		const report = JSON.parse(run.stdout) as Report;
		expect(report.sites.flatMap((s) => s.cookies).map((c) => c.name)).toEqual(["a", "b", "c"]);
	});

	test("an untrusted certificate is a TLS error: one line, exit 2", async () => {
		const url = `https://127.0.0.1:${site.httpsPort}/`;
		const run = await runCli(["audit", url], { fetch: globalThis.fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toMatch(/^TLS error for https:\/\/127\.0\.0\.1:\d+\/: .+NODE_EXTRA_CA_CERTS/);
	});

	test("a closed port is a connection error: one line, exit 2", async () => {
		const port = await freePort();
		const run = await runCli(["audit", `http://127.0.0.1:${port}/`], { fetch: globalThis.fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(
			`cannot connect to 127.0.0.1:${port}: ECONNREFUSED (http://127.0.0.1:${port}/)`,
		);
	});
});

/** A port that was free a moment ago and has nothing listening on it now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
		});
	});
}
