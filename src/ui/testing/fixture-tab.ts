/** Fixture reports for the popup's component tests: a signed-in tab with a third-party frame. */
import type { CookieReport, SiteReport } from "../../core/report.ts";
import type { PopupActions, PopupStatus } from "../popup/popup-model.ts";
import type { PopupReport } from "../popup/popup-view.tsx";

/** 2030-01-01T00:00:00Z: tests pin the clock. */
export const NOW = 1_893_456_000;

function b64url(json: object): string {
	return btoa(JSON.stringify(json)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** An HS256-looking JWT (the signature is not checked: we only decode). */
export const JWT = `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url({ sub: "42", exp: NOW + 600 })}.c2lnbmF0dXJlLWJ5dGVz`;

export function cookie(overrides: Partial<CookieReport> & Pick<CookieReport, "name">): CookieReport {
	return {
		domain: "app.example.test",
		hostOnly: true,
		path: "/",
		secure: true,
		httpOnly: true,
		sameSite: "lax",
		expires: null,
		partitionKey: null,
		storeId: "0",
		role: "other",
		roleReason: "no session signal",
		roleConfidence: "likely",
		findings: [],
		...overrides,
	};
}

export const SESSIONID = cookie({
	name: "sessionid",
	value: "3f9a0c1e5b7d2a4c6e8f0a1b3c5d7e9f",
	secure: false,
	httpOnly: false,
	sameSite: "unspecified",
	role: "session",
	roleReason: 'name contains "session"',
	findings: [
		{
			rule: "samesite-missing",
			severity: "medium",
			message: 'Session cookie "sessionid" has no SameSite attribute',
			fix: "Set SameSite=Lax.\nExpress: cookie: { sameSite: 'lax' }\nDjango: SESSION_COOKIE_SAMESITE = 'Lax'",
		},
		{
			rule: "missing-httponly",
			severity: "high",
			message:
				'Session cookie "sessionid" (domain app.example.test, path /, store 0) has no HttpOnly attribute, so page scripts can read it',
			fix: "Set the HttpOnly attribute.\nExpress: session({ cookie: { httpOnly: true } })",
		},
	],
});

export const HOST_SESSION = cookie({
	name: "__Host-session",
	role: "session",
	roleReason: "name contains a session word",
	expires: NOW + 3600,
	value: JWT,
});

export const CSRF = cookie({
	name: "csrftoken",
	httpOnly: false,
	role: "csrf",
	roleReason: "Django CSRF cookie",
});

export const GA = cookie({
	name: "_ga",
	domain: ".example.test",
	hostOnly: false,
	httpOnly: false,
	expires: NOW + 400 * 86_400,
	roleReason: "analytics cookie of Google Analytics (Open Cookie Database)",
	roleConfidence: "known",
	// As a brief report has it: the description comes with the details (getCookieFindings).
	knownAs: { platform: "Google Analytics", category: "analytics" },
	findings: [
		{ rule: "missing-httponly", severity: "info", message: 'Cookie "_ga" has no HttpOnly attribute' },
	],
});

/** An unknown name with a random HttpOnly value: a session by a guess only. */
export const GUESSED = cookie({
	name: "zq7",
	value: "q7Hk2mZ9vX4pL8sR1tN6bW3cY5dF0gJ2aE7uK9iO3wQ",
	secure: false,
	role: "session",
	roleReason: "value is an opaque random token (about 258 bits) under an unknown name; HttpOnly",
	roleConfidence: "guess",
	findings: [
		{ rule: "missing-secure", severity: "medium", message: 'Session cookie "zq7" has no Secure attribute' },
	],
});

export const WIDGET = cookie({
	name: "widget_session",
	domain: "widgets.thirdparty.test",
	sameSite: "none",
	partitionKey: { topLevelSite: "https://example.test" },
	role: "session",
	roleReason: 'name contains "session"',
});

export const APP_SITE: SiteReport = {
	site: "example.test",
	score: 62,
	grade: "C",
	cookies: [GA, HOST_SESSION, CSRF, SESSIONID],
};
export const WIDGET_SITE: SiteReport = { site: "thirdparty.test", score: 95, grade: "A", cookies: [WIDGET] };

export const TAB: PopupReport = {
	url: "https://app.example.test/account",
	storeId: "0",
	incognito: false,
	access: "granted",
	inspectable: true,
	site: "example.test",
	sites: [APP_SITE, WIDGET_SITE],
	snapshots: [],
};

export const IDLE: PopupStatus = { busy: false, notice: null };

/** Every action recorded as [name, ...arguments], for asserting what the user asked for. */
export function recordingActions(): { actions: PopupActions; calls: unknown[][] } {
	const calls: unknown[][] = [];
	const record =
		(name: string) =>
		(...args: unknown[]) => {
			calls.push([name, ...args]);
		};
	const names: (keyof PopupActions)[] = [
		"grantAccess",
		"clearCookies",
		"expireCookies",
		"markRole",
		"logoutSite",
		"clearSite",
		"snapshotSite",
		"restoreSnapshot",
		"undo",
		"exportReport",
		"copyText",
		"dismissNotice",
	];
	const actions = Object.fromEntries(names.map((n) => [n, record(n)])) as unknown as PopupActions;
	return { actions, calls };
}
