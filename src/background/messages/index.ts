/**
 * The handler map: every message of the Protocol bound to its handler, one file per message: the popup's
 * in this folder, the all-sessions page's in overview/, the options page's in settings/. The server routes
 * on this map; a type missing from it is answered as unknown.
 */
import type { Handlers } from "../../messaging/protocol.ts";
import type { BackgroundDeps } from "../deps.ts";
import type { BulkDeps } from "../overview/site-targets.ts";
import type { SignOutTester } from "../sign-out/sign-out-tester.ts";
import type { RefreshScheduler } from "../tab-reports/refresh-scheduler.ts";
import { clearCookies } from "./clear-cookies.ts";
import { clearSite } from "./clear-site.ts";
import { expireCookies } from "./expire-cookies.ts";
import { exportReport } from "./export-report.ts";
import { getCookieFindings } from "./get-cookie-findings.ts";
import { getTabReport } from "./get-tab-report.ts";
import { logoutSite } from "./logout-site.ts";
import { clearOldSessions } from "./overview/clear-old-sessions.ts";
import { getOverview } from "./overview/get-overview.ts";
import { logoutSites } from "./overview/logout-sites.ts";
import { restoreSnapshot } from "./restore-snapshot.ts";
import { getSettings } from "./settings/get-settings.ts";
import { getSettingsView } from "./settings/get-settings-view.ts";
import { setSettings } from "./settings/set-settings.ts";
import { getUserSecrets, setUserSecrets } from "./settings/user-secrets.ts";
import {
	cancelSignInTest,
	finishSignInTest,
	getSignInTest,
	type SignInTestDeps,
	startSignInTest,
} from "./sign-in-test.ts";
import { snapshotSite } from "./snapshot-site.ts";
import { undo } from "./undo.ts";

export type HandlerDeps = BackgroundDeps &
	BulkDeps &
	Pick<SignInTestDeps, "signInTests"> & { signOutTests: SignOutTester };

export function createHandlers(deps: HandlerDeps, scheduler: RefreshScheduler): Handlers {
	return {
		getTabReport: (request) => getTabReport(deps, request),
		getCookieFindings: (request) => getCookieFindings(deps, request),
		clearCookies: (request) => clearCookies(deps, request),
		expireCookies: (request) => expireCookies(deps, request),
		logoutSite: (request) => logoutSite(deps, request),
		clearSite: (request) => clearSite(deps, request),
		snapshotSite: (request) => snapshotSite(deps, request),
		startSignInTest: (request) => startSignInTest(deps, request),
		finishSignInTest: (request) => finishSignInTest(deps, request),
		cancelSignInTest: (request) => cancelSignInTest(deps, request),
		getSignInTest: (request) => getSignInTest(deps, request),
		startSignOutTest: (request) => deps.signOutTests.start(request),
		getSignOutTest: (request) => deps.signOutTests.get(request),
		confirmSignOutTest: ({ tabId, site, signedIn, keep }) =>
			deps.signOutTests.confirm({ tabId, site }, { signedIn, keep }),
		cancelSignOutTest: (request) => deps.signOutTests.cancel(request),
		restoreSnapshot: (request) => restoreSnapshot(deps, request),
		undo: () => undo(deps),
		whenSignaturesChecked: async () => {
			await deps.signatures.idle();
			return {};
		},
		getSettings: () => getSettings(deps),
		getSettingsView: () => getSettingsView(deps),
		setSettings: (request) => setSettings(deps, scheduler, request),
		setUserSecrets: (request) => setUserSecrets(deps, scheduler, request),
		getUserSecrets: () => getUserSecrets(deps),
		exportReport: (request) => exportReport(deps, request),
		getOverview: () => getOverview(deps),
		logoutSites: (request) => logoutSites(deps, request),
		clearOldSessions: (request) => clearOldSessions(deps, request),
	};
}
