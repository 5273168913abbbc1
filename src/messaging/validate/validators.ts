/**
 * One validator per message, run by the server before the message's handler: each returns the request
 * rebuilt from its checked fields (nothing else reaches a handler) or throws a sentence naming the field.
 * The mapped type ties the map to the Protocol: a message without a validator does not compile.
 */

import { USER_SECRETS_LIMITS } from "../../core/forgeable/user-secrets-limits.ts";
import type { Settings } from "../../core/settings/settings.ts";
import type { ExportFormat } from "../../core/tab-report.ts";
import type { MessageType, RequestOf } from "../protocol.ts";
import { cookieList, cookieReport } from "./cookie-check.ts";
import { type Field, finite, flag, isRecord, oneOf, refuse, tabId, text } from "./field-checks.ts";
import { requestFields } from "./request-fields.ts";
import { site, targetList } from "./site-check.ts";

export type Validators = { [K in MessageType]: (message: unknown) => RequestOf<K> };

const FORMATS: readonly ExportFormat[] = ["json", "markdown", "sarif"];

/** A message whose request has no fields: anything more is refused like any unknown field. */
function empty<K extends MessageType>(type: K): (message: unknown) => RequestOf<K> {
	return (message) => {
		requestFields(message, type, []);
		return { type } as RequestOf<K>;
	};
}

type SiteMessage =
	| "logoutSite"
	| "clearSite"
	| "snapshotSite"
	| "startSignInTest"
	| "finishSignInTest"
	| "cancelSignInTest"
	| "getSignInTest"
	| "startSignOutTest"
	| "getSignOutTest"
	| "cancelSignOutTest";

function siteRequest<K extends SiteMessage>(type: K) {
	return (message: unknown) => {
		const r = requestFields(message, type, ["tabId", "site"]);
		return { type, tabId: r.read("tabId", tabId), site: r.read("site", site) };
	};
}

/**
 * Only its shape: core's settings validator checks every setting when setSettings saves them, all or
 * nothing, naming each problem ("These settings were not saved: …").
 */
function settingsObject(value: unknown, at: Field): Settings {
	return isRecord(value) ? (value as unknown as Settings) : refuse(at, "an object of settings", value);
}

/** Only its type and size here: setUserSecrets refuses a text that is no secret list (user-secrets-store.ts). */
function secretsText(value: unknown, at: Field): string {
	const max = USER_SECRETS_LIMITS.bytes;
	return typeof value === "string" && value.length <= max
		? value
		: refuse(at, `text of at most ${max.toLocaleString("en")} characters`, value);
}

export const VALIDATORS: Validators = {
	getTabReport(message) {
		const r = requestFields(message, "getTabReport", ["tabId", "includeValues", "brief"]);
		const includeValues = r.optional("includeValues", flag);
		const brief = r.optional("brief", flag);
		return {
			type: "getTabReport",
			tabId: r.read("tabId", tabId),
			...(includeValues === undefined ? {} : { includeValues }),
			...(brief === undefined ? {} : { brief }),
		};
	},
	getCookieFindings(message) {
		const r = requestFields(message, "getCookieFindings", ["tabId", "cookie"]);
		return {
			type: "getCookieFindings",
			tabId: r.read("tabId", tabId),
			cookie: r.read("cookie", cookieReport),
		};
	},
	clearCookies(message) {
		const r = requestFields(message, "clearCookies", ["cookies"]);
		return { type: "clearCookies", cookies: r.read("cookies", cookieList) };
	},
	expireCookies(message) {
		const r = requestFields(message, "expireCookies", ["cookies", "at"]);
		return {
			type: "expireCookies",
			cookies: r.read("cookies", cookieList),
			at: r.read("at", (v, at) => finite(v, at, "the new expiry in epoch seconds (a number, 0 or more)")),
		};
	},
	logoutSite: siteRequest("logoutSite"),
	clearSite: siteRequest("clearSite"),
	snapshotSite: siteRequest("snapshotSite"),
	startSignInTest: siteRequest("startSignInTest"),
	finishSignInTest: siteRequest("finishSignInTest"),
	cancelSignInTest: siteRequest("cancelSignInTest"),
	getSignInTest: siteRequest("getSignInTest"),
	startSignOutTest: siteRequest("startSignOutTest"),
	getSignOutTest: siteRequest("getSignOutTest"),
	cancelSignOutTest: siteRequest("cancelSignOutTest"),
	confirmSignOutTest(message) {
		const r = requestFields(message, "confirmSignOutTest", ["tabId", "site", "signedIn", "keep"]);
		return {
			type: "confirmSignOutTest",
			tabId: r.read("tabId", tabId),
			site: r.read("site", site),
			signedIn: r.read("signedIn", flag),
			keep: r.read("keep", flag),
		};
	},
	restoreSnapshot(message) {
		const r = requestFields(message, "restoreSnapshot", ["snapshotId"]);
		return {
			type: "restoreSnapshot",
			snapshotId: r.read("snapshotId", (v, at) => text(v, at, "a snapshot id")),
		};
	},
	undo: empty("undo"),
	whenSignaturesChecked: empty("whenSignaturesChecked"),
	getSettings: empty("getSettings"),
	getSettingsView: empty("getSettingsView"),
	setSettings(message) {
		const r = requestFields(message, "setSettings", ["settings"]);
		return { type: "setSettings", settings: r.read("settings", settingsObject) };
	},
	setUserSecrets(message) {
		const r = requestFields(message, "setUserSecrets", ["text"]);
		return { type: "setUserSecrets", text: r.read("text", secretsText) };
	},
	getUserSecrets: empty("getUserSecrets"),
	getOverview: empty("getOverview"),
	logoutSites(message) {
		const r = requestFields(message, "logoutSites", ["targets"]);
		return { type: "logoutSites", targets: r.read("targets", targetList) };
	},
	clearOldSessions(message) {
		const r = requestFields(message, "clearOldSessions", ["olderThanDays", "targets"]);
		// Absent means every site; anything else must name the sites (null and "" are not "all").
		const targets = r.optional("targets", targetList);
		return {
			type: "clearOldSessions",
			olderThanDays: r.read("olderThanDays", (v, at) => finite(v, at, "a number of days, 0 or more")),
			...(targets === undefined ? {} : { targets }),
		};
	},
	exportReport(message) {
		const r = requestFields(message, "exportReport", ["tabId", "format"]);
		return {
			type: "exportReport",
			tabId: r.read("tabId", tabId),
			format: r.read("format", (v, at) => oneOf(v, at, FORMATS)),
		};
	},
};
