import { describe, expect, test } from "vitest";
import type { AuditSubject } from "../../core/audit-input.ts";
import { harSignInFacts, withSignIns } from "./har-sign-ins.ts";
import { readHar } from "./read-har.ts";

const START = Date.UTC(2026, 10, 2, 9, 0, 0);
const NOW = Math.floor(START / 1000) + 60;

interface Step {
	url: string;
	method?: string;
	status?: number;
	setCookies?: string[];
	location?: string;
	cookie?: string;
	form?: Record<string, string>;
	json?: unknown;
	resourceType?: string;
}

/** A small HAR 1.2 log, one second between entries. */
function har(steps: Step[]) {
	const entries = steps.map((s, i) => ({
		startedDateTime: new Date(START + i * 1000).toISOString(),
		...(s.resourceType ? { _resourceType: s.resourceType } : {}),
		request: {
			method: s.method ?? (s.form || s.json ? "POST" : "GET"),
			url: s.url,
			headers: s.cookie ? [{ name: "Cookie", value: s.cookie }] : [],
			...(s.form
				? {
						postData: {
							mimeType: "application/x-www-form-urlencoded",
							params: Object.entries(s.form).map(([name, value]) => ({ name, value })),
						},
					}
				: {}),
			...(s.json ? { postData: { mimeType: "application/json", text: JSON.stringify(s.json) } } : {}),
		},
		response: {
			status: s.status ?? 200,
			headers: [
				...(s.setCookies ?? []).map((value) => ({ name: "Set-Cookie", value })),
				...(s.location ? [{ name: "Location", value: s.location }] : []),
			],
			redirectURL: "",
			content: { mimeType: s.json ? "application/json" : "text/html" },
		},
	}));
	return readHar(JSON.stringify({ log: { version: "1.2", entries } }), "test.har").entries;
}

/** Each cookie's outcome by name (the identity key ends with the name). */
function outcomes(steps: Step[]): Record<string, string> {
	const facts = harSignInFacts(har(steps), "chromium", NOW);
	return Object.fromEntries([...facts].map(([key, fact]) => [key.split("\u0000").at(-1), fact.outcome]));
}

const A = "https://app.example.test";
const loginPage = (sid: string): Step => ({
	url: `${A}/login`,
	setCookies: [`sid=${sid}; Path=/; Secure; HttpOnly`, "csrftoken=c1; Path=/"],
});
const form = { user: "alice", password: "correct-horse" };

describe("harSignInFacts", () => {
	test("a form sign-in that redirects and sets nothing kept every cookie", () => {
		const facts = harSignInFacts(
			har([
				loginPage("anon1"),
				{ url: `${A}/login`, form, status: 303, location: "/account" },
				{ url: `${A}/account` },
			]),
			"chromium",
			NOW,
		);
		expect([...facts.values()]).toEqual([
			{ id: "har-entry-1", outcome: "kept", timeMs: START + 1000, by: "POST /login 303" },
			{ id: "har-entry-1", outcome: "kept", timeMs: START + 1000, by: "POST /login 303" },
		]);
	});

	test("a new sid at the sign-in is renewed; the rest kept", () => {
		expect(
			outcomes([
				loginPage("anon1"),
				{ url: `${A}/login`, form, status: 303, location: "/account", setCookies: ["sid=fresh; Path=/"] },
			]),
		).toEqual({ sid: "renewed", csrftoken: "kept" });
	});

	test("the redirects after the sign-in count: a sid renewed on the page it redirects to", () => {
		expect(
			outcomes([
				loginPage("anon1"),
				{ url: `${A}/login`, form, status: 302, location: `${A}/welcome` },
				{ url: `${A}/favicon.ico`, status: 404 },
				{ url: `${A}/welcome`, status: 302, location: "/home", setCookies: ["sid=fresh; Path=/"] },
				{ url: `${A}/home`, setCookies: ["later=1; Path=/"] },
			]),
		).toEqual({ sid: "renewed", csrftoken: "kept", later: "new" });
	});

	test("a sign-in sent back to the form with ?error=1 failed: no facts", () => {
		expect(
			outcomes([loginPage("anon1"), { url: `${A}/login`, form, status: 303, location: "/login?error=1" }]),
		).toEqual({});
	});

	test("a 401 from a JSON login failed: no facts", () => {
		expect(
			outcomes([
				loginPage("anon1"),
				{ url: `${A}/api/login`, json: { username: "a", password: "wrong" }, status: 401 },
			]),
		).toEqual({});
	});

	test("a 200 to a JSON login from fetch succeeded; re-sending the same sid is keeping it", () => {
		expect(
			outcomes([
				loginPage("anon1"),
				{
					url: `${A}/api/login`,
					json: { username: "a", password: "pw" },
					resourceType: "fetch",
					setCookies: ["sid=anon1; Path=/; Secure; HttpOnly"],
				},
			]),
		).toEqual({ sid: "kept", csrftoken: "kept" });
	});

	test("a 200 page after a form post is unclear: no facts", () => {
		expect(outcomes([loginPage("anon1"), { url: `${A}/login`, form }])).toEqual({});
	});

	test("a request without a password field is no sign-in", () => {
		expect(
			outcomes([
				loginPage("anon1"),
				{ url: `${A}/search`, form: { q: "x" }, status: 303, location: "/results" },
			]),
		).toEqual({});
	});

	test("a sid set before the HAR began is known from the sign-in's Cookie header", () => {
		const signIn = (sid: string): Step => ({
			url: `${A}/login`,
			form,
			cookie: "sid=old; theme=dark",
			status: 303,
			location: "/account",
			setCookies: [`sid=${sid}; Path=/`],
		});
		expect(outcomes([signIn("old")])).toEqual({ sid: "kept" });
		expect(outcomes([signIn("fresh")])).toEqual({ sid: "renewed" });
	});

	test("a sid first set at the sign-in is new", () => {
		expect(
			outcomes([
				{ url: `${A}/login`, setCookies: ["csrftoken=c1; Path=/"] },
				{ url: `${A}/login`, form, status: 303, location: "/account", setCookies: ["sid=s1; Path=/"] },
			]),
		).toEqual({ csrftoken: "kept", sid: "new" });
	});

	test("the latest sign-in decides each cookie", () => {
		const facts = harSignInFacts(
			har([
				loginPage("anon1"),
				{ url: `${A}/login`, form, status: 303, location: "/account" },
				{ url: `${A}/login`, form, status: 303, location: "/account", setCookies: ["sid=fresh; Path=/"] },
			]),
			"chromium",
			NOW,
		);
		expect([...facts.values()].map((f) => [f.id, f.outcome])).toEqual([
			["har-entry-2", "renewed"],
			["har-entry-2", "kept"],
		]);
	});

	test("a later sign-in wins even when an earlier one's redirects end after it", () => {
		const facts = harSignInFacts(
			har([
				loginPage("anon1"),
				{ url: `${A}/login`, form, status: 303, location: "/account" },
				{
					url: `${A}/api/login`,
					json: { username: "a", password: "pw" },
					resourceType: "xhr",
					setCookies: ["sid=fresh; Path=/"],
				},
				{ url: `${A}/account` },
			]),
			"chromium",
			NOW,
		);
		expect([...facts.values()].map((f) => [f.id, f.outcome, f.by])).toEqual([
			["har-entry-2", "renewed", "POST /api/login 200"],
			["har-entry-2", "kept", "POST /api/login 200"],
		]);
	});

	test("another site's cookies are not part of the sign-in", () => {
		expect(
			outcomes([
				loginPage("anon1"),
				{ url: "https://other.test/", setCookies: ["x=1; Path=/"] },
				{ url: `${A}/login`, form, status: 303, location: "/account" },
			]),
		).toEqual({ sid: "kept", csrftoken: "kept" });
	});

	test("no value appears in the facts", () => {
		const facts = harSignInFacts(
			har([loginPage("anon1-secret"), { url: `${A}/login`, form, status: 303, location: "/account" }]),
			"chromium",
			NOW,
		);
		expect(JSON.stringify([...facts])).not.toContain("anon1-secret");
		expect(JSON.stringify([...facts])).not.toContain("correct-horse");
	});
});

describe("withSignIns", () => {
	test("attaches a fact to the subject of the same identity only", () => {
		const facts = harSignInFacts(
			har([loginPage("anon1"), { url: `${A}/login`, form, status: 303, location: "/account" }]),
			"chromium",
			NOW,
		);
		const cookie = (name: string, path: string) =>
			({ name, value: "v", domain: "app.example.test", hostOnly: true, path }) as AuditSubject["cookie"];
		const subjects = withSignIns(
			[{ cookie: cookie("sid", "/") }, { cookie: cookie("sid", "/other/") }],
			facts,
		);
		expect(subjects.map((s) => s.signIn?.outcome)).toEqual(["kept", undefined]);
	});
});
