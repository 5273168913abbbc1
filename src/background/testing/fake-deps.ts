/** The background's dependencies as in-memory fakes, with handles to inspect and steer them in tests. */
import type { Cookie } from "../../core/cookie.ts";
import { createResponseLog } from "../../core/observe/response-log.ts";
import { createTimeline } from "../../core/observe/timeline.ts";
import { makeCookie } from "../../core/rules/testing/rule-context.ts";
import { createFakeBadgePort, type FakeBadgePort } from "../../platform/fakes/fake-badge-port.ts";
import { createFakeCookiePort, type FakeCookiePort } from "../../platform/fakes/fake-cookie-port.ts";
import { createFakeCookieStoresPort } from "../../platform/fakes/fake-cookie-stores-port.ts";
import {
	createFakePermissionPort,
	type FakePermissionPort,
} from "../../platform/fakes/fake-permission-port.ts";
import { createFakeStoragePort } from "../../platform/fakes/fake-storage-port.ts";
import { createFakeTabPort, type FakeTabPort } from "../../platform/fakes/fake-tab-port.ts";
import type { Message } from "../../platform/i18n-port.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import { englishTranslate } from "../../ui/common/i18n.ts";
import { createSignatureChecks } from "../forgeable/signature-checks.ts";
import { FAKE_WORDLIST, gzippedLines } from "../forgeable/testing/gzipped-lines.ts";
import type { HandlerDeps } from "../messages/index.ts";
import { createObserver } from "../observe/observer.ts";
import { createOwnWrites } from "../observe/own-writes.ts";
import { siteJarOf, storeOfTab } from "../observe/site-jar.ts";
import { signOutFacts } from "../sign-out/sign-out-store.ts";
import { createSignOutTester } from "../sign-out/sign-out-tester.ts";
import { loadEffectiveSettings } from "../stores/settings-store.ts";
import { loadUserSecrets } from "../stores/user-secrets-store.ts";

export interface FakeWorld {
	/** What the handler map is built from (messages/index.ts): the background's ports and the overview's. */
	deps: HandlerDeps;
	jar: FakeCookiePort;
	tabs: FakeTabPort;
	badge: FakeBadgePort;
	permissions: FakePermissionPort;
	session: StoragePort;
	clock: { now: number };
}

/** 2026-11-01T00:00:00Z, in epoch seconds. */
export const NOW = 1_793_491_200;

/**
 * `stores`: the cookie stores the browser reports; by default "0" and those of the given cookies, so a
 * test names an unknown store on purpose only.
 */
export function createFakeWorld(cookies: readonly Cookie[] = [], stores?: readonly string[]): FakeWorld {
	const clock = { now: NOW };
	const now = () => clock.now;
	const jar = createFakeCookiePort({ now, cookies });
	const tabs = createFakeTabPort();
	const badge = createFakeBadgePort();
	const permissions = createFakePermissionPort();
	const session = createFakeStoragePort();
	const local = createFakeStoragePort();
	const settingsStores = { sync: createFakeStoragePort(), managed: async () => undefined };
	const storeIds = stores ?? [...new Set(["0", ...cookies.map((c) => c.storeId ?? "0")])];
	const base: Omit<HandlerDeps, "signOutTests"> = {
		cookies: jar,
		cookieStores: createFakeCookieStoresPort([...storeIds]),
		tabs,
		permissions,
		session,
		local,
		...settingsStores,
		badge,
		message: englishTranslate as Message,
		settings: () => loadEffectiveSettings(settingsStores),
		reportSettings: async () => ({
			settings: await loadEffectiveSettings(settingsStores),
			policyPending: false,
		}),
		now,
		observed: async () => ({ log: createResponseLog(), timeline: createTimeline(), signIns: [] }),
		forgetObservedSite: async () => undefined,
		signedOut: () => signOutFacts(session),
		signatures: createSignatureChecks({
			subtle: globalThis.crypto.subtle,
			wordlist: async () => gzippedLines(FAKE_WORDLIST),
			userSecrets: () => loadUserSecrets(local),
			checked: () => undefined,
		}),
		version: "0.0.0-test",
		signInTests: createObserver({
			session,
			profile: "chromium",
			own: createOwnWrites(),
			nowMs: () => clock.now * 1000,
			attributed: () => undefined,
			siteJar: siteJarOf(jar),
			storeOf: storeOfTab(tabs),
		}),
	};
	const deps: HandlerDeps = {
		...base,
		signOutTests: createSignOutTester({
			...base,
			profile: "chromium",
			nowMs: () => clock.now * 1000,
			refresh: () => undefined,
		}),
	};
	return { deps, jar, tabs, badge, permissions, session, clock };
}

/** A cookie of the fixture shape; the defaults are a host-only session cookie on app.example.test. */
export function jarCookie(overrides: Partial<Cookie> = {}): Cookie {
	return makeCookie({
		name: "sid",
		value: "Zq3v9TnX1cK7pR2mW8yB4hL6sD0fG5jA",
		domain: "app.example.test",
		storeId: "0",
		partitionKey: null,
		...overrides,
	});
}
