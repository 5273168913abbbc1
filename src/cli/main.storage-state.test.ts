import { describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";
import { reportSchemaErrors } from "./testing/report-schema-ajv.ts";

/** A storage state as Playwright writes it (`context.storageState({ path })`) after a sign-in. */
const STATE = {
	cookies: [
		{
			name: "app_session",
			value: "9f2c4a7e1b8d3f60a5c9e2b7d4f1a8c3",
			domain: "app.example.test",
			path: "/",
			expires: -1,
			httpOnly: true,
			secure: true,
			sameSite: "Lax",
		},
		{
			name: "sessionid",
			value: "3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a",
			domain: ".example.test",
			path: "/",
			expires: 1_900_000_000,
			httpOnly: false,
			secure: false,
			sameSite: "None",
		},
	],
	origins: [{ origin: "https://app.example.test", localStorage: [{ name: "theme", value: "dark" }] }],
};

const run = (state: unknown, ...extra: string[]) =>
	runCli(["audit", "--storage-state", "state.json", ...extra], {
		files: { "state.json": typeof state === "string" ? state : JSON.stringify(state) },
	});

describe("audit --storage-state", () => {
	test("audits the cookies as they are: flags, host-only or Domain, session or persistent", async () => {
		const result = await run(STATE, "--format", "json");
		expect(result.stderr).toBe("");
		const report = JSON.parse(result.stdout) as Report;
		expect(report.source).toEqual({ kind: "storage-state" });
		const byName = Object.fromEntries(
			report.sites
				.flatMap((s) => s.cookies)
				.map((c) => [c.name, c.findings.map((f) => `${f.rule}:${f.severity}`)]),
		);
		expect(byName.app_session).toEqual(["prefix-missing:low"]);
		expect(byName.sessionid).toEqual(
			expect.arrayContaining(["missing-secure:high", "missing-httponly:high", "broad-domain:medium"]),
		);
		const sessionid = report.sites.flatMap((s) => s.cookies).find((c) => c.name === "sessionid");
		expect(sessionid).toMatchObject({ domain: ".example.test", hostOnly: false, sameSite: "none" });
		expect(reportSchemaErrors(report)).toEqual([]);
	});

	test("audits at the exact --now, as the extension does: a cookie set for exactly 30 days is not over them", async () => {
		// Playwright's expires has a fraction; 2026-12-01T00:00:00.600Z plus 30 days, to the millisecond.
		const expires = 1_796_083_200.6 + 30 * 86_400;
		const cookie = { ...STATE.cookies[0], name: "remember", expires };
		const result = await run({ cookies: [cookie] }, "--format", "json", "--now", "2026-12-01T00:00:00.600Z");
		const report = JSON.parse(result.stdout) as Report;
		expect(report.sites[0]?.cookies[0]?.findings.map((f) => f.rule)).not.toContain("long-lifetime");
	});

	test("exits 1 on a high finding, as every input does", async () => {
		expect((await run(STATE)).code).toBe(1);
		expect((await run({ cookies: [STATE.cookies[0]] })).code).toBe(0);
	});

	test.each<[unknown, string]>([
		["{", "storage state state.json is not JSON: "],
		[{ origins: [] }, "storage state state.json: cookies must be an array (got nothing)"],
		[
			{ cookies: [{ ...STATE.cookies[0], sameSite: "lax" }] },
			'storage state state.json: cookies[0].sameSite must be "Strict", "Lax" or "None" (got "lax")',
		],
		[
			{ cookies: [{ ...STATE.cookies[0], expires: "never" }] },
			'storage state state.json: cookies[0].expires must be epoch seconds or -1 (got "never")',
		],
	])("a bad file is one line, exit 2: %j", async (state, message) => {
		const result = await run(state);
		expect(result.code).toBe(2);
		expect(oneErrorLine(result)).toContain(message);
	});
});
