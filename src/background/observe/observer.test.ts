import { expect, test } from "vitest";
import { clearSite } from "../messages/clear-site.ts";
import { getCookieFindings } from "../messages/get-cookie-findings.ts";
import { getTabReport } from "../messages/get-tab-report.ts";
import { jarCookie } from "../testing/fake-deps.ts";
import { notingOwnWrites } from "./own-writes.ts";
import { observedWorld, respond } from "./testing/observed-world.ts";

const SERVER_VALUE = "Zq3v9TnX1cK7pR2mW8yB4hL6sD0fG5jA";
const SCRIPT_VALUE = "k9Qw2Er7Ty4Ui1Op6As3Df8Gh5Jk0LzX";

test("a refused Set-Cookie of the tab's site is in the report, masked, with its response", async () => {
	const w = observedWorld();
	respond(w, ["__Host-sid=Zq3v9TnX; Secure", "theme=dark; SameSite=None"]);
	const report = await getTabReport(w.deps, { tabId: 7 });
	const time = new Date(w.clock.ms).toISOString();
	const response = { method: "POST", url: "https://app.example.test/login", status: 302, time };
	expect(report.rejected).toEqual([
		{
			setCookie: "__Host-sid=…; Secure",
			url: "https://app.example.test/login",
			reason: "prefix-violation",
			message:
				'Refused cookie "__Host-sid": the __Host- prefix needs Path=/. Browsers differ: Chromium refuses it (prefix-violation); Firefox stores a cookie named "__Host-sid" with value "…".',
			response,
			browsers: { chromium: "refused", firefox: "stored" },
		},
		{
			setCookie: "theme=…; SameSite=None",
			url: "https://app.example.test/login",
			reason: "samesite-none-insecure",
			message: 'Refused cookie "theme": SameSite=None requires the Secure attribute.',
			response,
		},
	]);
	expect(JSON.stringify(await w.session.get("observed:7"))).not.toContain("Zq3v9TnX");
});

test("a session cookie no response set is the script's once the window has passed; the server's is not", async () => {
	const server = jarCookie({ name: "sid", value: SERVER_VALUE, secure: true, httpOnly: true });
	const script = jarCookie({ name: "token", value: SCRIPT_VALUE, secure: true });
	const w = observedWorld([server, script]);
	// The change arrives before the response that caused it (match-jar-change.ts).
	w.observer.cookieChanged({ removed: false, cookie: server, cause: "explicit" });
	respond(w, [`sid=${SERVER_VALUE}; Secure; HttpOnly`]);
	w.observer.cookieChanged({ removed: false, cookie: script, cause: "explicit" });
	w.clock.ms += 2_001;
	respond(w, [], "/account", { method: "GET", statusCode: 200 });
	const report = await getTabReport(w.deps, { tabId: 7 });
	const rules = Object.fromEntries(
		(report.sites[0]?.cookies ?? []).map((c) => [
			c.name,
			c.findings.map((f) => f.rule).filter((r) => r === "set-by-script"),
		]),
	);
	expect(rules).toEqual({ sid: [], token: ["set-by-script"] });
	const [sid, token] = ["sid", "token"].map((n) => report.sites[0]?.cookies.find((c) => c.name === n));
	if (!sid || !token) throw new Error("cookies missing from the report");
	const start = w.clock.ms - 2_001;
	expect((await getCookieFindings(w.deps, { tabId: 7, cookie: sid })).history).toEqual([
		{ kind: "set", by: { method: "POST", path: "/login", status: 302 }, timeMs: start },
	]);
	expect((await getCookieFindings(w.deps, { tabId: 7, cookie: token })).history).toEqual([
		{ kind: "set", by: "script", timeMs: start },
	]);
	expect(w.stale).toEqual(["example.test", "example.test"]);
});

test("a response stamped long before the background got it still explains the change that came with it", async () => {
	const server = jarCookie({ name: "sid", value: SERVER_VALUE, secure: true, httpOnly: true });
	const w = observedWorld([server]);
	// A loaded browser: both events reach the background 3 s after the response's own timeStamp.
	w.clock.ms += 3_000;
	w.observer.cookieChanged({ removed: false, cookie: server, cause: "explicit" });
	respond(w, [`sid=${SERVER_VALUE}; Secure; HttpOnly`], "/login", { timeStamp: w.clock.ms - 3_000 });
	w.clock.ms += 2_001;
	respond(w, [], "/account", { method: "GET", statusCode: 200 });
	const report = await getTabReport(w.deps, { tabId: 7 });
	const sid = report.sites[0]?.cookies.find((c) => c.name === "sid");
	expect(sid?.findings.map((f) => f.rule)).not.toContain("set-by-script");
});

test("a response the background gets after the window makes the cookie the server's after all", async () => {
	const server = jarCookie({ name: "sid", value: SERVER_VALUE, secure: true, httpOnly: true });
	const w = observedWorld([server]);
	// The site's page was heard; then a loaded browser delivered the jar change first and the response
	// that caused it 5 s later.
	respond(w, [], "/", { method: "GET", statusCode: 200 });
	w.observer.cookieChanged({ removed: false, cookie: server, cause: "explicit" });
	const start = w.clock.ms;
	w.clock.ms += 2_001;
	respond(w, [], "/account", { method: "GET", statusCode: 200 });
	const before = await getTabReport(w.deps, { tabId: 7 });
	expect(before.sites[0]?.cookies[0]?.findings.map((f) => f.rule)).toContain("set-by-script");
	w.clock.ms += 3_000;
	respond(w, [`sid=${SERVER_VALUE}; Secure; HttpOnly`], "/login", { timeStamp: start });
	const after = await getTabReport(w.deps, { tabId: 7 });
	expect(after.sites[0]?.cookies[0]?.findings.map((f) => f.rule)).not.toContain("set-by-script");
	const sid = after.sites[0]?.cookies[0];
	if (!sid) throw new Error("sid missing from the report");
	expect((await getCookieFindings(w.deps, { tabId: 7, cookie: sid })).history).toEqual([
		{ kind: "set", by: { method: "POST", path: "/login", status: 302 }, timeMs: start },
	]);
});

test("a change before any response of its site was heard is unseen: no set-by-script, and its history says so", async () => {
	// The browser started the background for this page: its cookie change arrives, its response never does.
	const server = jarCookie({ name: "sid", value: SERVER_VALUE, secure: true, httpOnly: true });
	const w = observedWorld([server]);
	const start = w.clock.ms;
	w.observer.cookieChanged({ removed: false, cookie: server, cause: "explicit" });
	w.clock.ms += 2_001;
	respond(w, [], "/account", { method: "GET", statusCode: 200 });
	const report = await getTabReport(w.deps, { tabId: 7 });
	const sid = report.sites[0]?.cookies[0];
	if (!sid) throw new Error("sid missing from the report");
	expect(sid.findings.map((f) => f.rule)).not.toContain("set-by-script");
	expect((await getCookieFindings(w.deps, { tabId: 7, cookie: sid })).history).toEqual([
		{ kind: "set", by: "unseen", timeMs: start },
	]);
});

test("the background's own writes are never taken for a page script's", async () => {
	const w = observedWorld();
	const port = notingOwnWrites(w.jar, w.own, () => w.clock.ms);
	const restored = jarCookie({ name: "sid", value: SERVER_VALUE, secure: true });
	w.jar.onChanged((change) => w.observer.cookieChanged(change));
	await port.set(restored);
	w.clock.ms += 2_000;
	respond(w, [], "/account", { method: "GET", statusCode: 200 });
	const report = await getTabReport(w.deps, { tabId: 7 });
	expect(
		report.sites[0]?.cookies.map((c) => [c.name, c.findings.some((f) => f.rule === "set-by-script")]),
	).toEqual([["sid", false]]);
	expect(w.stale).toEqual([]);
});

test("an https response without Strict-Transport-Security raises missing-hsts on the session cookie", async () => {
	const w = observedWorld([jarCookie({ name: "sid", value: SERVER_VALUE, secure: true, httpOnly: true })]);
	respond(w, [], "/account", { method: "GET", statusCode: 200 });
	const report = await getTabReport(w.deps, { tabId: 7 });
	expect(report.sites[0]?.cookies[0]?.findings.map((f) => f.rule)).toContain("missing-hsts");
	respond(w, [], "/account", {
		method: "GET",
		statusCode: 200,
		responseHeaders: [{ name: "Strict-Transport-Security", value: "max-age=31536000" }],
	});
	const after = await getTabReport(w.deps, { tabId: 7 });
	expect(after.sites[0]?.cookies[0]?.findings.map((f) => f.rule)).not.toContain("missing-hsts");
});

test("a response outside any tab (a service worker's) explains a change but is no tab's", async () => {
	const server = jarCookie({ name: "sid", value: SERVER_VALUE, secure: true, httpOnly: true });
	const w = observedWorld([server]);
	w.observer.response({
		tabId: -1,
		url: "https://app.example.test/login",
		method: "POST",
		statusCode: 200,
		timeStamp: w.clock.ms,
		responseHeaders: [
			{ name: "Set-Cookie", value: `sid=${SERVER_VALUE}; Secure; HttpOnly` },
			{ name: "Set-Cookie", value: "bad=1; SameSite=None" },
		],
	});
	w.observer.cookieChanged({ removed: false, cookie: server, cause: "explicit" });
	w.clock.ms += 2_000;
	respond(w, [], "/account", { method: "GET", statusCode: 200 });
	const report = await getTabReport(w.deps, { tabId: 7 });
	expect(report.sites[0]?.cookies[0]?.findings.some((f) => f.rule === "set-by-script")).toBe(false);
	expect(report.rejected).toEqual([]);
	expect(await w.session.get("observed:-1")).toBeUndefined();
});

test("a SameSite value the browser ignored is flagged samesite-invalid from the observed header", async () => {
	const odd = jarCookie({
		name: "sid",
		value: SERVER_VALUE,
		secure: true,
		httpOnly: true,
		sameSite: "unspecified",
	});
	const w = observedWorld([odd]);
	respond(w, [`sid=${SERVER_VALUE}; Secure; HttpOnly; SameSite=Bogus`]);
	w.observer.cookieChanged({ removed: false, cookie: odd, cause: "explicit" });
	const report = await getTabReport(w.deps, { tabId: 7 });
	const rules = report.sites[0]?.cookies[0]?.findings.map((f) => f.rule) ?? [];
	expect(rules.filter((r) => r.startsWith("samesite"))).toEqual(["samesite-invalid"]);
});

test("clearing the site forgets who wrote its cookies", async () => {
	const server = jarCookie({ name: "sid", value: SERVER_VALUE, secure: true, httpOnly: true });
	const w = observedWorld([server]);
	respond(w, [`sid=${SERVER_VALUE}; Secure; HttpOnly`]);
	w.observer.cookieChanged({ removed: false, cookie: server, cause: "explicit" });
	expect(Object.keys((await w.observer.forTab(7)).timeline.bySite)).toEqual(["example.test"]);
	const { results } = await clearSite(w.deps, { tabId: 7, site: "example.test" });
	expect(results.map((r) => r.status)).toEqual(["removed"]);
	expect((await w.observer.forTab(7)).timeline.bySite).toEqual({});
});
