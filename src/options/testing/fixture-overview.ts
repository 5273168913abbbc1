/** A fixture overview for the overview page's component tests: sites in two cookie stores, a bulk reply. */
import type { ActionReply } from "../../core/tab-report.ts";
import type { Overview, OverviewSite } from "../../messaging/overview-types.ts";
import { cookie } from "../../ui/testing/fixture-tab.ts";

/** 2030-01-01T00:00:00Z: tests pin the clock. */
export const NOW = 1_893_456_000;
const DAY = 86_400;

function site(overrides: Partial<OverviewSite> & Pick<OverviewSite, "site" | "grade">): OverviewSite {
	return {
		storeId: "0",
		score: 50,
		cookieCount: 1,
		sessionCount: 0,
		worst: null,
		oldestSessionSince: null,
		firstSessionExpiry: null,
		...overrides,
	};
}

/**
 * Four rows in two stores; example.test is in both. Oldest sessions: the container's 40 days, the default
 * store's 3 days, thirdparty.test's 2 hours; news.test has none.
 */
export const OVERVIEW: Overview = {
	now: NOW,
	cookieCount: 12,
	stores: ["0", "firefox-container-1"],
	sites: [
		site({ site: "news.test", grade: "A+", score: 100, cookieCount: 1 }),
		site({
			site: "thirdparty.test",
			grade: "B",
			cookieCount: 2,
			sessionCount: 1,
			worst: {
				rule: "samesite-none",
				severity: "medium",
				cookie: "widget_session",
				message: "SameSite=None",
			},
			oldestSessionSince: NOW - 2 * 3600,
		}),
		site({
			site: "example.test",
			grade: "F",
			cookieCount: 7,
			sessionCount: 3,
			worst: { rule: "missing-httponly", severity: "high", cookie: "sessionid", message: "No HttpOnly" },
			oldestSessionSince: NOW - 3 * DAY,
		}),
		site({
			site: "example.test",
			storeId: "firefox-container-1",
			grade: "C",
			cookieCount: 2,
			sessionCount: 1,
			oldestSessionSince: NOW - 40 * DAY,
		}),
	],
};

/** What a bulk action replies: two cookies removed, one refused. */
export const REPLY: ActionReply = {
	results: [
		{ cookie: cookie({ name: "sessionid", domain: "example.test" }), status: "removed" },
		{ cookie: cookie({ name: "csrftoken", domain: "example.test" }), status: "removed" },
		{
			cookie: cookie({ name: "widget_session", domain: "widgets.thirdparty.test" }),
			status: "failed",
			reason: "the browser refused the change",
		},
	],
};
