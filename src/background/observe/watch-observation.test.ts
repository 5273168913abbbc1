import { expect, test } from "vitest";
import { createFakeWebRequestPort } from "../../platform/fakes/fake-web-request-port.ts";
import { getTabReport } from "../messages/get-tab-report.ts";
import { createFakeWorld, jarCookie } from "../testing/fake-deps.ts";
import { createObserver } from "./observer.ts";
import { createOwnWrites } from "./own-writes.ts";
import { siteJarOf, storeOfTab } from "./site-jar.ts";
import { watchObservation } from "./watch-observation.ts";

test("responses, jar changes and closed tabs reach the observer", async () => {
	const w = createFakeWorld();
	const webRequest = createFakeWebRequestPort();
	const observer = createObserver({
		session: w.session,
		profile: "firefox",
		own: createOwnWrites(),
		nowMs: () => w.clock.now * 1000,
		attributed: () => undefined,
		siteJar: siteJarOf(w.jar),
		storeOf: storeOfTab(w.tabs),
	});
	w.deps.observed = (tabId) => observer.forTab(tabId);
	const read: string[] = [];
	watchObservation({ webRequest, cookies: w.jar, tabs: w.tabs }, observer, [
		{ response: (r) => read.push(r.url) },
	]);
	w.tabs.open({ id: 7, url: "https://app.example.test/", storeId: "0" });
	// Firefox joins a response's Set-Cookie headers with "\n" (docs/browser-quirks.md).
	webRequest.respond({
		tabId: 7,
		url: "https://app.example.test/login",
		method: "POST",
		statusCode: 302,
		timeStamp: w.clock.now * 1000,
		responseHeaders: [{ name: "Set-Cookie", value: "sid=Zq3v9TnX; Secure; HttpOnly\nbad=1; SameSite=None" }],
	});
	await w.jar.set(jarCookie({ name: "sid", value: "Zq3v9TnX", secure: true, httpOnly: true }));
	// The other reader got the same response, from the same listener.
	expect(read).toEqual(["https://app.example.test/login"]);
	expect(webRequest.responseListeners()).toBe(1);
	const report = await getTabReport(w.deps, { tabId: 7 });
	expect(report.rejected?.map((r) => [r.setCookie, r.reason])).toEqual([
		["bad=…; SameSite=None", "samesite-none-insecure"],
	]);
	const shared = (await observer.forTab(7)).timeline.bySite["example.test"] ?? [];
	expect(shared.map((e) => [e.kind, e.by])).toEqual([
		["set", { method: "POST", path: "/login", status: 302 }],
	]);
	w.tabs.close(7);
	await observer.forTab(7);
	expect(await w.session.get("observed:7")).toBeUndefined();
});
