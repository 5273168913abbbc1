/**
 * Background entry (Chrome service worker, Firefox event page). Every listener is registered at the top
 * level, before any await, so a background woken by an event finds its listener
 * (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events).
 * Module state here is disposable: what must survive a stop lives in `storage.session`.
 */
import { serveProtocol } from "../messaging/server.ts";
import { createBrowserBadgePort } from "../platform/badge-port.ts";
import { createBrowserCookiePort, isFirefox } from "../platform/cookie-port.ts";
import { createBrowserCookieStoresPort } from "../platform/cookie-stores-port.ts";
import { createBrowserMessage } from "../platform/i18n-port.ts";
import { readPackageFile } from "../platform/package-file.ts";
import { createBrowserPermissionPort } from "../platform/permission-port.ts";
import { createBrowserRuntimePort } from "../platform/runtime-port.ts";
import { createBrowserStoragePort, readManagedStorage } from "../platform/storage-port.ts";
import { createBrowserTabPort } from "../platform/tab-port.ts";
import { createBrowserWebRequestPort } from "../platform/web-request-port.ts";
import { onBackgroundStart } from "./background-start.ts";
import type { BackgroundDeps } from "./deps.ts";
import { createSignatureChecks, WORDLIST_FILE } from "./forgeable/signature-checks.ts";
import { createHandlers } from "./messages/index.ts";
import { createObserver } from "./observe/observer.ts";
import { createOwnWrites, notingOwnWrites } from "./observe/own-writes.ts";
import { siteJarOf, storeOfTab } from "./observe/site-jar.ts";
import { watchObservation } from "./observe/watch-observation.ts";
import { signOutFacts } from "./sign-out/sign-out-store.ts";
import { createSignOutTester } from "./sign-out/sign-out-tester.ts";
import { createManagedPolicy } from "./stores/managed-policy.ts";
import { loadEffectiveSettings, loadReportSettings } from "./stores/settings-store.ts";
import { loadUserSecrets } from "./stores/user-secrets-store.ts";
import { createRefreshScheduler } from "./tab-reports/refresh-scheduler.ts";
import { watchBrowser } from "./watch-browser.ts";

const session = createBrowserStoragePort("session");
const local = createBrowserStoragePort("local");
// A policy other than the one the reports assumed re-audits every tab (managed-policy.ts).
const policy = createManagedPolicy(readManagedStorage, session, () => scheduler.allTabs());
const stores = { sync: createBrowserStoragePort("sync"), managed: policy.read };
const own = createOwnWrites();
const cookiePort = createBrowserCookiePort();
const tabPort = createBrowserTabPort();
const observer = createObserver({
	session,
	profile: isFirefox() ? "firefox" : "chromium",
	own,
	nowMs: () => Date.now(),
	attributed: (sites) => {
		for (const site of sites) scheduler.cookieChanged(site);
		signOutTests.attributed(sites);
	},
	siteJar: siteJarOf(cookiePort),
	storeOf: storeOfTab(tabPort),
});
// The wordlist is part of the extension's package (scripts/build.mjs): read from it, never from the network.
const signatures = createSignatureChecks({
	subtle: globalThis.crypto.subtle,
	wordlist: () => readPackageFile(WORDLIST_FILE),
	userSecrets: () => loadUserSecrets(local),
	checked: (sites) => {
		for (const site of sites) scheduler.cookieChanged(site);
	},
});
const deps: BackgroundDeps = {
	// The actions write through it, so their own changes are not taken for a page script's.
	cookies: notingOwnWrites(cookiePort, own, () => Date.now()),
	tabs: tabPort,
	permissions: createBrowserPermissionPort(),
	session,
	...stores,
	badge: createBrowserBadgePort(),
	message: createBrowserMessage(),
	settings: () => loadEffectiveSettings(stores),
	reportSettings: () => loadReportSettings(stores.sync, policy),
	now: () => Date.now() / 1000,
	observed: (tabId) => observer.forTab(tabId),
	forgetObservedSite: (site) => observer.forgetSite(site),
	signedOut: () => signOutFacts(session),
	signatures,
	version: __VERSION__,
};
const scheduler = createRefreshScheduler(deps);
const signOutTests = createSignOutTester({
	...deps,
	profile: isFirefox() ? "firefox" : "chromium",
	nowMs: () => Date.now(),
	refresh: (site) => scheduler.cookieChanged(site),
});

const handlerDeps = {
	...deps,
	cookieStores: createBrowserCookieStoresPort(),
	local,
	signInTests: observer,
	signOutTests,
};

serveProtocol(createBrowserRuntimePort(), createHandlers(handlerDeps, scheduler));
watchBrowser(deps, scheduler);
const webRequest = createBrowserWebRequestPort();
watchObservation({ webRequest, cookies: deps.cookies, tabs: deps.tabs }, observer, [signOutTests]);
void onBackgroundStart(deps, scheduler);
