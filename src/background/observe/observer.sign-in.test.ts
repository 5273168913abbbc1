/**
 * Sign-ins through the observer: a request with a password field opens a window, its response says
 * whether it worked, and once settled each session cookie renewed or kept its value (session-fixation).
 */
import { expect, test } from "vitest";
import type { TabReport } from "../../core/tab-report.ts";
import { getTabReport } from "../messages/get-tab-report.ts";
import { jarCookie } from "../testing/fake-deps.ts";
import { notingOwnWrites } from "./own-writes.ts";
import { observedWorld, respond } from "./testing/observed-world.ts";

const ANON = "Zq3v9TnX1cK7pR2mW8yB4hL6sD0fG5jA";
const SIGNED_IN = "k9Qw2Er7Ty4Ui1Op6As3Df8Gh5Jk0LzX";
const CSRF = "c5f0a3b1e9d74c2a8b6f1e0d3c7a9b2e";

function world() {
	const sid = jarCookie({ name: "sid", value: ANON, secure: true, httpOnly: true });
	const csrf = jarCookie({ name: "csrftoken", value: CSRF, secure: true, httpOnly: false });
	const w = observedWorld([sid, csrf]);
	w.jar.onChanged((change) => w.observer.cookieChanged(change));
	return { ...w, sid };
}

function signIn(w: ReturnType<typeof world>, requestId = "41") {
	w.observer.passwordRequest({
		tabId: 7,
		requestId,
		url: "https://app.example.test/login?next=%2Faccount",
		method: "POST",
		fromScript: false,
		timeStamp: w.clock.ms,
		field: "password",
	});
}

const fixations = (report: TabReport) =>
	report.sites.flatMap((s) =>
		s.cookies.flatMap((c) =>
			c.findings.filter((f) => f.rule === "session-fixation").map((f) => `${c.name} ${f.severity}`),
		),
	);

test("the id kept across a sign-in that redirected on: session-fixation on it, not on the csrf cookie", async () => {
	const w = world();
	signIn(w);
	w.clock.ms += 20;
	respond(w, [], "/login", {
		statusCode: 303,
		requestId: "41",
		responseHeaders: [{ name: "Location", value: "/account" }],
	});
	expect(fixations(await getTabReport(w.deps, { tabId: 7 }))).toEqual([]);
	w.clock.ms += 3_100;
	const report = await getTabReport(w.deps, { tabId: 7 });
	expect(fixations(report)).toEqual(["sid high"]);
	const finding = report.sites[0]?.cookies
		.find((c) => c.name === "sid")
		?.findings.find((f) => f.rule === "session-fixation");
	expect(finding?.message).toContain("(POST /login 303)");
	expect(JSON.stringify(await w.session.get("observation"))).not.toContain(ANON);
});

test("the id renewed by the sign-in's response: nothing", async () => {
	const w = world();
	signIn(w);
	w.clock.ms += 20;
	await w.jar.set({ ...w.sid, value: SIGNED_IN });
	respond(w, [`sid=${SIGNED_IN}; Secure; HttpOnly`], "/login", {
		statusCode: 303,
		requestId: "41",
		responseHeaders: [
			{ name: "Location", value: "/account" },
			{ name: "Set-Cookie", value: `sid=${SIGNED_IN}; Secure; HttpOnly` },
		],
	});
	w.clock.ms += 3_100;
	expect(fixations(await getTabReport(w.deps, { tabId: 7 }))).toEqual([]);
});

test("a sign-in sent back to its form (a wrong password) proves nothing", async () => {
	const w = world();
	signIn(w);
	respond(w, [], "/login", {
		statusCode: 303,
		requestId: "41",
		responseHeaders: [{ name: "Location", value: "/login?error=1" }],
	});
	w.clock.ms += 3_100;
	expect(fixations(await getTabReport(w.deps, { tabId: 7 }))).toEqual([]);
});

test("a JSON API's 200: the kept id counts once the tab went on to another page, never when it stayed", async () => {
	for (const navigates of [true, false]) {
		const w = world();
		w.observer.passwordRequest({
			tabId: 7,
			requestId: "51",
			url: "https://app.example.test/api/session",
			method: "POST",
			fromScript: true,
			timeStamp: w.clock.ms,
			field: "password",
		});
		w.clock.ms += 20;
		respond(w, [], "/api/session", { statusCode: 200, requestId: "51", type: "xmlhttprequest" });
		w.clock.ms += 30;
		if (navigates) {
			const home = { url: "https://app.example.test/home", method: "GET", statusCode: 200, requestId: "52" };
			respond(w, [], "/home", { ...home, type: "main_frame" });
		}
		w.clock.ms += 3_100;
		expect(fixations(await getTabReport(w.deps, { tabId: 7 }))).toEqual(navigates ? ["sid high"] : []);
	}
});

test("the sign-in test: kept, until a later test sees it renewed", async () => {
	const w = world();
	const target = { site: "example.test", storeId: "0" };
	await w.observer.startTest(target, {});
	expect((await w.observer.lastTest(target))?.endMs).toBeUndefined();
	w.clock.ms += 5_000;
	const finished = await w.observer.finishTest(target);
	expect(finished?.outcomes?.map((o) => `${o.cookie.name} ${o.outcome}`)).toEqual([
		"sid kept",
		"csrftoken kept",
	]);
	expect(fixations(await getTabReport(w.deps, { tabId: 7 }))).toEqual(["sid high"]);
	expect(await w.observer.finishTest(target)).toBeUndefined();

	w.clock.ms += 1_000;
	await w.observer.startTest(target, {});
	w.clock.ms += 1_000;
	await w.jar.set({ ...w.sid, value: SIGNED_IN });
	w.clock.ms += 2_000;
	const second = await w.observer.finishTest(target);
	expect(second?.outcomes?.map((o) => `${o.cookie.name} ${o.outcome}`)).toEqual([
		"sid renewed",
		"csrftoken kept",
	]);
	expect(fixations(await getTabReport(w.deps, { tabId: 7 }))).toEqual([]);
});

test("a cancelled test leaves no record", async () => {
	const w = world();
	const target = { site: "example.test", storeId: "0" };
	await w.observer.startTest(target, {});
	expect(await w.observer.cancelTest(target)).toBe(true);
	expect(await w.observer.lastTest(target)).toBeUndefined();
	expect(await w.observer.cancelTest(target)).toBe(false);
});

test("a sign-in right after the user cleared the site: the server's writes are not taken for ours", async () => {
	const w = world();
	const port = notingOwnWrites(w.jar, w.own, () => w.clock.ms);
	await port.remove(w.sid);
	w.clock.ms += 500;
	// The login page sets a new anonymous id, then the sign-in renews it, all within seconds of the clear.
	await w.jar.set({ ...w.sid, value: ANON });
	respond(w, [`sid=${ANON}; Secure; HttpOnly`], "/login", { method: "GET", statusCode: 200 });
	w.clock.ms += 500;
	signIn(w, "77");
	await w.jar.set({ ...w.sid, value: SIGNED_IN });
	respond(w, [`sid=${SIGNED_IN}; Secure; HttpOnly`], "/login", {
		statusCode: 303,
		requestId: "77",
		responseHeaders: [
			{ name: "Location", value: "/account" },
			{ name: "Set-Cookie", value: `sid=${SIGNED_IN}; Secure; HttpOnly` },
		],
	});
	w.clock.ms += 3_100;
	const report = await getTabReport(w.deps, { tabId: 7 });
	expect(fixations(report)).toEqual([]);
	type Stored = { signIns: { outcomes?: { cookie: { name: string }; outcome: string }[] }[] };
	const observation = await w.session.get<Stored>("observation");
	const sid = observation?.signIns.at(-1)?.outcomes?.find((o) => o.cookie.name === "sid")?.outcome;
	expect(sid).toBe("renewed");
});
