/**
 * Sign-in and sign-out on the twin apps (test/site/pages/apps/app-kinds.ts): stacks shaped unlike the
 * `/flows/` pages the sign-in code was written against — other cookie names, paths, fields, a 302 to
 * `?next=`, a 200 welcome page, a JSON API that answers 200 to a wrong password — each done right and
 * wrong. The background tells each wrong twin from its right one by itself where the answer says the
 * sign-in worked, the sign-in test where only the user can say, and the sign-out test on its own where the
 * restored session is sent to the sign-in page. Never a finding on the CSRF or analytics cookies.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { SignInRecord } from "../../../src/core/sign-in/sign-in-record.ts";
import type { TabReport } from "../../../src/core/tab-report.ts";
import { APP_HOST, APP_SITE } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

const LOGIN: Record<string, string> = {
	express: "login",
	django: "accounts/login/?next=%2Fapps%2F{app}%2Fprofile%2F",
	php: "login.php",
	spa: "signin",
};
const HOME: Record<string, string> = {
	express: "dashboard",
	django: "profile/",
	php: "account.php",
	spa: "home",
};

const stackOf = (app: string) => app.split("-")[0] ?? "";
const root = (app: string) => `/apps/${app}/`;

/** The app's findings of one rule, as `cookie severity`: other apps' cookies live under other paths. */
const findingsOf = (report: TabReport, app: string, rule: string) =>
	report.sites.flatMap((s) =>
		s.cookies
			.filter((c) => c.path === root(app))
			.flatMap((c) => c.findings.filter((f) => f.rule === rule).map((f) => `${c.name} ${f.severity}`)),
	);

describe.each(BROWSERS)("%s: the twin apps", (name) => {
	const w = world(name, { api: true, page: true });
	beforeAll(() => w.api.request("getSettings", {}));

	/** As text: deep objects do not cross out of a Firefox page (docs/browser-quirks.md, "Deep objects out of a Firefox page"). */
	const signIns = async (): Promise<SignInRecord[]> => {
		const text = await w.api.page.evaluate(async () => {
			type Session = { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
			const g = globalThis as unknown as { browser?: Session; chrome: Session };
			const { observation } = await (g.browser ?? g.chrome).storage.session.get("observation");
			return JSON.stringify((observation as { signIns?: unknown } | undefined)?.signIns ?? []);
		}, null);
		return JSON.parse(text) as SignInRecord[];
	};
	const url = (app: string, path: string) =>
		w.site.url(APP_HOST, `${root(app)}${path.replace("{app}", app)}`);
	const tabId = () => w.api.tabIdOf(w.site.url(APP_HOST, "/apps/"));
	const report = async () => w.api.request("getTabReport", { tabId: await tabId() });

	/** Opens the sign-in page, optionally types a wrong password, submits; the records before it. */
	const submit = async (app: string, password?: string) => {
		await w.page.goto(url(app, LOGIN[stackOf(app)] ?? ""));
		if (password !== undefined)
			await w.page.evaluate((p) => {
				const input = document.querySelector<HTMLInputElement>("input[type=password]");
				if (input) input.value = p;
			}, password);
		const before = (await signIns()).length;
		await w.page.click("button[type=submit]");
		return before;
	};

	/** Every sign-in since `before` answered, and (if it counted) settled. */
	const settled = async (before: number) => {
		const done = (r: SignInRecord) =>
			r.outcomes !== undefined || (r.result !== undefined && r.result !== "succeeded");
		const records = await eventually(
			signIns,
			(r) => r.length > before && r.slice(before).every(done),
			"the sign-in settled",
			15_000,
		);
		return records.at(-1);
	};

	const signedInPage = (app: string) =>
		w.page.waitForFunction(
			(home) =>
				location.pathname.endsWith(home) &&
				document.querySelector("#status")?.textContent === "Signed in as alice",
			HOME[stackOf(app)] ?? "",
		);

	test.each([
		["express-keep", ["connect.sid high"]],
		["express-regenerate", []],
		["django-keep", ["sessionid high"]],
		["django-cycle", []],
		["spa-keep", ["session high"]],
		["spa-rotate", []],
	])("%s signed in by itself: session-fixation %j", async (app, expected) => {
		const before = await submit(app);
		await signedInPage(app);
		const record = await settled(before);
		expect(record?.result).toBe("succeeded");
		const r = await report();
		expect(findingsOf(r, app, "session-fixation")).toEqual(expected);
	});

	test.each(["django-cycle", "spa-rotate", "express-regenerate"])(
		"%s: a wrong password proves nothing",
		async (app) => {
			const before = await submit(app, "wrong");
			const record = await settled(before);
			expect(record?.result === "failed" || record?.result === "unclear").toBe(true);
			expect(findingsOf(await report(), app, "session-fixation")).toEqual([]);
		},
	);

	test.each([
		["php-keep", "fixation", ["PHPSESSID high"]],
		["php-regenerate", "renewed", []],
	])(
		"%s: the 200 welcome page says nothing by itself; the sign-in test says %s",
		async (app, verdict, expected) => {
			const before = await submit(app);
			await w.page.waitForFunction(
				() => document.querySelector("#status")?.textContent === "Welcome, alice",
				null,
			);
			const record = await settled(before);
			expect(record?.result).toBe("unclear");
			expect(findingsOf(await report(), app, "session-fixation")).toEqual([]);

			await w.page.goto(url(app, "logout.php"));
			await w.page.goto(url(app, "login.php"));
			const target = { tabId: await tabId(), site: APP_SITE };
			await w.api.request("startSignInTest", target);
			await w.page.click("button[type=submit]");
			await w.page.waitForFunction(
				() => document.querySelector("#status")?.textContent === "Welcome, alice",
				null,
			);
			const state = (await w.api.request("finishSignInTest", target)) as { result?: { verdict: string } };
			expect(state.result?.verdict).toBe(verdict);
			expect(findingsOf(await report(), app, "session-fixation")).toEqual(expected);
		},
	);

	test("no finding of either rule on a CSRF or analytics cookie of any app", async () => {
		const r = await report();
		const flagged = r.sites.flatMap((s) =>
			s.cookies
				.filter((c) => c.path.startsWith("/apps/") && (c.name === "csrftoken" || c.name === "_ga"))
				.flatMap((c) =>
					c.findings.filter((f) => f.rule === "session-fixation" || f.rule === "logout-not-revoked"),
				),
		);
		expect(flagged).toEqual([]);
	});

	type SignOutState = { phase?: string; verdict?: string; replay?: string; answer?: string };
	const signOutTest = async (app: string) => {
		await w.page.goto(url(app, LOGIN[stackOf(app)] ?? ""));
		await w.page.click("button[type=submit]");
		await signedInPage(app);
		const target = { tabId: await tabId(), site: APP_SITE };
		await w.api.request("startSignOutTest", target);
		await w.page.click(`a[href$="logout"], a[href$="logout/"], a[href$="logout.php"]`);
		const state = await eventually(
			() => w.api.request("getSignOutTest", target) as Promise<SignOutState>,
			(s) => s.phase === "confirm" || s.phase === "done",
			`${app}: the sign-out test answered`,
			20_000,
		);
		return { target, state };
	};

	test.each([
		["express-regenerate", "GET /apps/express-regenerate/dashboard 302"],
		["django-cycle", "GET /apps/django-cycle/profile/ 302"],
	])(
		"%s: the restored session sent to the sign-in page is revoked, with no question asked",
		async (app, answer) => {
			const { state } = await signOutTest(app);
			expect(state).toMatchObject({ phase: "done", verdict: "revoked", replay: "revoked", answer });
			expect(findingsOf(await report(), app, "logout-not-revoked")).toEqual([]);
			const sent = w.site.requests.filter((r) => r.path === `${root(app)}${HOME[stackOf(app)]}`).at(-1);
			expect(sent?.cookie).toMatch(/(connect\.sid|sessionid)=/);
		},
	);

	test("express-keep: the restored session still signs in; the user says so and it is logout-not-revoked", async () => {
		const { target, state } = await signOutTest("express-keep");
		expect(state).toMatchObject({
			phase: "confirm",
			replay: "accepted",
			answer: "GET /apps/express-keep/dashboard 200",
		});
		await w.page.waitForFunction(
			() => document.querySelector("#status")?.textContent === "Signed in as alice",
			null,
		);
		const done = (await w.api.request("confirmSignOutTest", {
			...target,
			signedIn: true,
			keep: true,
		})) as SignOutState;
		expect(done).toMatchObject({ phase: "done", verdict: "not-revoked" });
		expect(findingsOf(await report(), "express-keep", "logout-not-revoked")).toEqual(["connect.sid high"]);

		// A second test right away, on the session the first one kept: its sign-out is seen too, and this
		// time the jar is put back as the sign-out left it.
		await w.api.request("startSignOutTest", target);
		await w.page.click(`a[href$="logout"]`);
		const again = await eventually(
			() => w.api.request("getSignOutTest", target) as Promise<SignOutState>,
			(s) => s.phase === "confirm" || s.phase === "done",
			"the second sign-out test answered",
			20_000,
		);
		expect(again).toMatchObject({ phase: "confirm", replay: "accepted" });
		const putBack = (await w.api.request("confirmSignOutTest", {
			...target,
			signedIn: true,
			keep: false,
		})) as {
			putBack?: boolean;
		};
		expect(putBack.putBack).toBe(true);
		await w.page.goto(url("express-keep", "dashboard"));
		expect(await w.page.evaluate(() => location.pathname, null)).toBe("/apps/express-keep/login");
	});
});
