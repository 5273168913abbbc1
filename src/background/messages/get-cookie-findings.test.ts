import { describe, expect, test } from "vitest";
import { createFakeWorld, jarCookie } from "../testing/fake-deps.ts";
import { getCookieFindings } from "./get-cookie-findings.ts";
import { getTabReport } from "./get-tab-report.ts";

/** A session cookie without Secure and HttpOnly on an https page: findings with fix texts. */
function world() {
	const w = createFakeWorld([jarCookie({ secure: false, httpOnly: false })]);
	w.tabs.open({ id: 7, url: "https://app.example.test/account", storeId: "0" });
	return w;
}

describe("fix texts leave the popup's report and come per cookie", () => {
	test("brief leaves every fix out and the cookie's identity out of each message", async () => {
		const w = world();
		const slim = await getTabReport(w.deps, { tabId: 7, brief: true });
		const full = await getTabReport(w.deps, { tabId: 7 });
		const slimFindings = slim.sites[0]?.cookies[0]?.findings ?? [];
		const fullFindings = full.sites[0]?.cookies[0]?.findings ?? [];
		expect(slimFindings.map((f) => f.rule)).toContain("missing-secure");
		expect(slimFindings.every((f) => !("fix" in f))).toBe(true);
		expect(slimFindings).toEqual(
			fullFindings.map(({ rule, severity, message }) => ({
				rule,
				severity,
				message: message.replace(" (domain app.example.test, path /, store 0)", ""),
			})),
		);
		expect(slimFindings.find((f) => f.rule === "missing-secure")?.message).toBe(
			'Session cookie "sid" has no Secure attribute, so it is also sent over plain http',
		);
	});

	test("getCookieFindings answers the cookie's findings with their fix texts", async () => {
		const w = world();
		const slim = await getTabReport(w.deps, { tabId: 7, brief: true });
		const cookie = slim.sites[0]?.cookies[0];
		if (!cookie) throw new Error("no cookie in the report");
		const { findings } = await getCookieFindings(w.deps, { tabId: 7, cookie });
		expect(findings.find((f) => f.rule === "missing-secure")?.fix).toMatch(
			/^Set the Secure attribute \(Set-Cookie: …; Secure\) and serve the site over https only\.\nExpress: /,
		);
	});

	test("a cookie gone from the jar since the report is refused, naming it", async () => {
		const w = world();
		const cookie = (await getTabReport(w.deps, { tabId: 7, brief: true })).sites[0]?.cookies[0];
		if (!cookie) throw new Error("no cookie in the report");
		await w.jar.remove(jarCookie({ secure: false, httpOnly: false }));
		await expect(getCookieFindings(w.deps, { tabId: 7, cookie })).rejects.toThrow(
			"The cookie sid is no longer in this tab's cookies: reload the popup.",
		);
	});
});

describe("what known-cookie data says leaves the popup's report with its description only", () => {
	const GA = jarCookie({ name: "_ga", value: "GA1.1.1234567890.1767225600", httpOnly: false });

	test("brief keeps the platform and category, getCookieFindings adds the description", async () => {
		const w = createFakeWorld([GA]);
		w.tabs.open({ id: 7, url: "https://app.example.test/account", storeId: "0" });
		const slim = (await getTabReport(w.deps, { tabId: 7, brief: true })).sites[0]?.cookies[0];
		const full = (await getTabReport(w.deps, { tabId: 7 })).sites[0]?.cookies[0];
		if (!slim) throw new Error("no cookie in the report");
		expect([slim.roleConfidence, slim.knownAs]).toEqual([
			"known",
			{ platform: "Google Analytics", category: "analytics" },
		]);
		expect(full?.knownAs).toEqual({
			platform: "Google Analytics",
			category: "analytics",
			description: "ID used to identify users",
		});
		expect((await getCookieFindings(w.deps, { tabId: 7, cookie: slim })).knownAs).toEqual({
			platform: "Google Analytics",
			category: "analytics",
			description: "ID used to identify users",
		});
	});

	test("a cookie the data does not know has no knownAs in either", async () => {
		const w = world();
		const slim = (await getTabReport(w.deps, { tabId: 7, brief: true })).sites[0]?.cookies[0];
		if (!slim) throw new Error("no cookie in the report");
		expect("knownAs" in slim).toBe(false);
		expect("knownAs" in (await getCookieFindings(w.deps, { tabId: 7, cookie: slim }))).toBe(false);
	});
});
