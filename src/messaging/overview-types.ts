/**
 * The all-sessions overview's messages (Protocol: getOverview, logoutSites, clearOldSessions): every site
 * with cookies in every cookie store, one row each. Plain structured-clone data; times in epoch seconds.
 */
import type { Grade, Severity } from "../core/report.ts";

/** A site in one cookie store: what bulk actions select. */
export interface OverviewTarget {
	site: string;
	storeId: string;
}

export interface OverviewSite extends OverviewTarget {
	grade: Grade;
	score: number;
	cookieCount: number;
	/** Cookies whose role is session. */
	sessionCount: number;
	/** The most severe finding of the site, and the cookie it is about. */
	worst: { rule: string; severity: Severity; cookie: string; message: string } | null;
	/**
	 * When the oldest session cookie was first seen by the extension (browsers do not expose a cookie's
	 * creation time); null when the site has no session cookie.
	 */
	oldestSessionSince: number | null;
	/** The earliest expiry among its session cookies; null when all end with the browser session. */
	firstSessionExpiry: number | null;
}

export interface Overview {
	/** Epoch seconds when the background built it. */
	now: number;
	cookieCount: number;
	stores: string[];
	sites: OverviewSite[];
}
