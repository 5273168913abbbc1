/**
 * The sign-out test over fakes wired as the background wires them: the observer's timeline tells the
 * sign-out, the tester restores the session and reloads, the reloaded page's response answers.
 */
import { expect, test } from "vitest";
import type { TabReport } from "../../core/tab-report.ts";
import type { TabResponse } from "../../platform/web-request-port.ts";
import { getTabReport } from "../messages/get-tab-report.ts";
import { createObserver } from "../observe/observer.ts";
import { createOwnWrites, notingOwnWrites } from "../observe/own-writes.ts";
import { siteJarOf, storeOfTab } from "../observe/site-jar.ts";
import { createFakeWorld, jarCookie } from "../testing/fake-deps.ts";
import { createSignOutTester } from "./sign-out-tester.ts";

const SID = "Zq3v9TnX1cK7pR2mW8yB4hL6sD0fG5jA";
const target = { tabId: 7, site: "example.test" };

function world() {
	const sid = jarCookie({ name: "sid", value: SID, secure: true, httpOnly: true });
	const w = createFakeWorld([sid]);
	const clock = { ms: w.clock.now * 1000 };
	const own = createOwnWrites();
	const cookies = notingOwnWrites(w.jar, own, () => clock.ms);
	const observer = createObserver({
		session: w.session,
		profile: "chromium",
		own,
		nowMs: () => clock.ms,
		attributed: (sites) => tester.attributed(sites),
		siteJar: siteJarOf(w.jar),
		storeOf: storeOfTab(w.tabs),
	});
	const deps = { ...w.deps, cookies, observed: (tabId: number) => observer.forTab(tabId) };
	const tester = createSignOutTester({
		...deps,
		profile: "chromium",
		nowMs: () => clock.ms,
		refresh: () => undefined,
	});
	w.jar.onChanged((change) => observer.cookieChanged(change));
	w.tabs.open({ id: 7, url: "https://app.example.test/account", storeId: "0" });
	const respond = (
		path: string,
		status: number,
		headers: { name: string; value: string }[] = [],
		type = "main_frame",
	) => {
		const response: TabResponse = {
			tabId: 7,
			url: `https://app.example.test${path}`,
			method: "GET",
			statusCode: status,
			timeStamp: clock.ms,
			responseHeaders: headers,
			type,
		};
		observer.response(response);
		tester.response(response);
	};
	/** The site signs out: the response deletes the cookie, the jar follows. */
	const signOut = async () => {
		clock.ms += 1_000;
		await w.jar.remove(sid);
		respond("/logout", 303, [
			{ name: "Location", value: "/account" },
			{ name: "Set-Cookie", value: "sid=; Max-Age=0; Secure; HttpOnly" },
		]);
	};
	const settled = async () => {
		for (let i = 0; i < 20; i++) {
			const state = await tester.get(target);
			if (state.phase !== "waiting" || w.tabs.reloads.length > 0) return state;
			await new Promise((r) => setTimeout(r, 5));
		}
		return tester.get(target);
	};
	return { ...w, deps, tester, clock, respond, signOut, settled, sid };
}

const findings = (report: TabReport) =>
	report.sites.flatMap((s) =>
		s.cookies.flatMap((c) => c.findings.map((f) => `${c.name} ${f.rule} ${f.severity}`)),
	);

test("sign-out seen, session restored and reloaded; the server still accepts it; the user keeps it", async () => {
	const w = world();
	expect((await w.tester.start(target)).phase).toBe("waiting");
	await w.signOut();
	const replaying = await w.settled();
	expect(replaying.phase).toBe("replaying");
	expect(replaying.signedOutBy).toBe("GET /logout 303");
	expect(w.tabs.reloads).toEqual([7]);
	expect(w.jar.all().map((c) => [c.name, c.value])).toEqual([["sid", SID]]);
	w.clock.ms += 200;
	w.respond("/account", 200);
	const asked = await w.tester.get(target);
	expect([asked.phase, asked.replay, asked.answer]).toEqual(["confirm", "accepted", "GET /account 200"]);
	const done = await w.tester.confirm(target, { signedIn: true, keep: true });
	expect([done.phase, done.verdict, done.putBack]).toEqual(["done", "not-revoked", false]);
	expect(findings(await getTabReport(w.deps, { tabId: 7 }))).toContain("sid logout-not-revoked high");
});

test("the restore waits for the sign-out's navigation: the sign-in page's new anonymous id does not replace it", async () => {
	const w = world();
	await w.tester.start(target);
	w.tabs.open({ id: 7, url: "https://app.example.test/logout", storeId: "0", loading: true });
	await w.signOut();
	await new Promise((r) => setTimeout(r, 250));
	// Still loading: nothing restored yet. The redirect's page sets an anonymous session, then the tab is done.
	expect(w.tabs.reloads).toEqual([]);
	const anonymous = jarCookie({
		name: "sid",
		value: "anonymous-0f3b7c9e2a41d8",
		secure: true,
		httpOnly: true,
	});
	await w.jar.set(anonymous);
	w.respond("/login", 200, [{ name: "Set-Cookie", value: "sid=anonymous-0f3b7c9e2a41d8; Secure; HttpOnly" }]);
	w.tabs.open({ id: 7, url: "https://app.example.test/login", storeId: "0" });
	const replaying = await w.settled();
	for (let i = 0; i < 40 && w.tabs.reloads.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
	expect(replaying.phase).toBe("replaying");
	expect(w.tabs.reloads).toEqual([7]);
	expect(w.jar.all().map((c) => [c.name, c.value])).toEqual([["sid", SID]]);
});

test("the server deletes the restored id: revoked at once, and the jar is put back as the sign-out left it", async () => {
	const w = world();
	await w.tester.start(target);
	await w.signOut();
	await w.settled();
	w.clock.ms += 200;
	w.respond("/account", 200, [{ name: "Set-Cookie", value: "sid=; Max-Age=0; Secure; HttpOnly" }]);
	const done = await w.tester.get(target);
	expect([done.phase, done.verdict, done.replay, done.putBack]).toEqual(["done", "revoked", "revoked", true]);
	expect(w.jar.all()).toEqual([]);
	expect(findings(await getTabReport(w.deps, { tabId: 7 }))).toEqual([]);
});

test("the sign-out led to the sign-in form: the signed-in page is loaded again, and its redirect to /login revokes", async () => {
	const w = world();
	await w.tester.start(target);
	await w.signOut();
	w.tabs.navigate(7, "https://app.example.test/login");
	await w.settled();
	expect((await w.tabs.get(7)).url).toBe("https://app.example.test/account");
	w.clock.ms += 100;
	w.respond("/login", 200);
	expect((await w.tester.get(target)).phase).toBe("replaying");
	w.clock.ms += 100;
	w.respond("/account", 302, [{ name: "Location", value: "/login?next=%2Faccount" }]);
	const done = await w.tester.get(target);
	expect([done.phase, done.verdict, done.replay, done.answer]).toEqual([
		"done",
		"revoked",
		"revoked",
		"GET /account 302",
	]);
	expect(w.jar.all()).toEqual([]);
});

test("a 200 the user says shows them signed out: revoked; the restored copy is removed again", async () => {
	const w = world();
	await w.tester.start(target);
	await w.signOut();
	await w.settled();
	w.respond("/account", 200);
	await w.tester.get(target);
	const done = await w.tester.confirm(target, { signedIn: false, keep: false });
	expect([done.verdict, done.putBack]).toEqual(["revoked", true]);
	expect(w.jar.all()).toEqual([]);
});

test("a subresource's response is not the page's answer; cancel puts the jar back", async () => {
	const w = world();
	await w.tester.start(target);
	await w.signOut();
	await w.settled();
	w.respond("/api/me", 200, [], "xmlhttprequest");
	expect((await w.tester.get(target)).phase).toBe("replaying");
	expect(await w.tester.cancel(target)).toEqual({ site: "example.test" });
	expect(w.jar.all()).toEqual([]);
	expect(await w.tester.get(target)).toEqual({ site: "example.test" });
});

test("refused in words without a session cookie, or when no answer is awaited", async () => {
	const w = world();
	await w.jar.remove(w.sid);
	await expect(w.tester.start(target)).rejects.toThrow(
		"example.test has no session cookie in this tab's jar: sign in first, then test the sign-out.",
	);
	await expect(w.tester.confirm(target, { signedIn: true, keep: false })).rejects.toThrow(
		"No sign-out test on example.test: start one first.",
	);
});
