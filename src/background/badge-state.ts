/** What the toolbar badge shows for a tab's report: the count of high and medium findings. */
import type { Severity } from "../core/report.ts";
import type { TabReport } from "../messaging/protocol.ts";
import type { BadgeState } from "../platform/badge-port.ts";

/** Colours with at least 4.5:1 contrast against the white badge text. */
export const BADGE_COLORS: Record<"high" | "medium" | "none", string> = {
	high: "#b3261e",
	medium: "#9a4a00",
	none: "#1e6b34",
};

const EMPTY: BadgeState = { text: "", color: BADGE_COLORS.none, title: "Session Hygiene" };

function count(report: TabReport, severity: Severity): number {
	return report.sites
		.flatMap((s) => s.cookies)
		.flatMap((c) => c.findings)
		.filter((f) => f.severity === severity).length;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Empty on pages without cookies (chrome://, about:, file:, extension pages) and when the user turned it off. */
export function badgeFor(report: TabReport | undefined, enabled: boolean): BadgeState {
	if (!enabled || !report?.inspectable) return EMPTY;
	if (report.access === "missing") {
		return { ...EMPTY, title: "Session Hygiene has no access to this site: open it to allow access." };
	}
	const cookies = report.sites.reduce((n, s) => n + s.cookies.length, 0);
	if (cookies === 0) return { ...EMPTY, title: "Session Hygiene: this page uses no cookies." };
	const high = count(report, "high");
	const medium = count(report, "medium");
	const total = high + medium;
	const title =
		total === 0
			? `Session Hygiene: no high or medium findings in this tab's ${plural(cookies, "cookie")}.`
			: `Session Hygiene: ${plural(total, "high or medium finding")} in this tab's ${plural(cookies, "cookie")} (${high} high, ${medium} medium).`;
	const color = high > 0 ? BADGE_COLORS.high : medium > 0 ? BADGE_COLORS.medium : BADGE_COLORS.none;
	return { text: total === 0 ? "" : total > 999 ? "999+" : String(total), color, title };
}
