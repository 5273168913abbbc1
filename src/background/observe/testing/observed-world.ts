/** A fake world whose reports read a real observer over the fake `storage.session`, for the observer's tests. */
import type { Cookie } from "../../../core/cookie.ts";
import { createFakeWorld } from "../../testing/fake-deps.ts";
import { createObserver } from "../observer.ts";
import { createOwnWrites } from "../own-writes.ts";
import { siteJarOf, storeOfTab } from "../site-jar.ts";

/** A world whose reports read a real observer over the fake `storage.session`, on a settable clock in ms. */
export function observedWorld(cookies: Cookie[] = []) {
	const w = createFakeWorld(cookies);
	const clock = { ms: w.clock.now * 1000 };
	const own = createOwnWrites();
	const stale: string[] = [];
	const observer = createObserver({
		session: w.session,
		profile: "chromium",
		own,
		nowMs: () => clock.ms,
		attributed: (sites) => stale.push(...sites),
		siteJar: siteJarOf(w.jar),
		storeOf: storeOfTab(w.tabs),
	});
	w.deps.observed = (tabId) => observer.forTab(tabId);
	w.deps.signInTests = observer;
	w.deps.forgetObservedSite = (site) => observer.forgetSite(site);
	w.tabs.open({ id: 7, url: "https://app.example.test/account", storeId: "0" });
	return { ...w, observer, own, clock, stale };
}

export function respond(
	w: ReturnType<typeof observedWorld>,
	setCookies: string[],
	path = "/login",
	extra = {},
) {
	w.observer.response({
		tabId: 7,
		url: `https://app.example.test${path}?next=%2Faccount`,
		method: "POST",
		statusCode: 302,
		timeStamp: w.clock.ms,
		responseHeaders: setCookies.map((value) => ({ name: "Set-Cookie", value })),
		...extra,
	});
}
