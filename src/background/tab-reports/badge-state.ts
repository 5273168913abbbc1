/** What the toolbar badge shows for a tab's report: the count of high and medium findings. */
import { countBySeverity } from "../../core/severity.ts";
import type { TabReport } from "../../core/tab-report.ts";
import type { BadgeState } from "../../platform/badge-port.ts";
import type { Message } from "../../platform/i18n-port.ts";

/** Colours with at least 4.5:1 contrast against the white badge text. */
export const BADGE_COLORS: Record<"high" | "medium" | "none", string> = {
	high: "#b3261e",
	medium: "#9a4a00",
	none: "#1e6b34",
};

/** The part of a tab's report the badge counts. */
type BadgeSource = Pick<TabReport, "inspectable" | "access" | "sites">;

/** `_locales` has no plural rules, so "one" and "many" are separate messages. */
function counted(message: Message, n: number, one: string, many: string): string {
	return n === 1 ? message(one) : message(many, [String(n)]);
}

/** Empty on pages without cookies (chrome://, about:, file:, extension pages) and when the user turned it off. */
export function badgeFor(report: BadgeSource | undefined, enabled: boolean, message: Message): BadgeState {
	const empty = (title: string): BadgeState => ({ text: "", color: BADGE_COLORS.none, title });
	if (!enabled || !report?.inspectable) return empty(message("badgeTitle"));
	if (report.access === "missing") return empty(message("badgeNoAccess"));
	const cookies = report.sites.reduce((n, s) => n + s.cookies.length, 0);
	if (cookies === 0) return empty(message("badgeNoCookies"));
	const { high, medium } = countBySeverity(report.sites.flatMap((s) => s.cookies));
	const total = high + medium;
	const cookieCount = counted(message, cookies, "badgeOneCookie", "badgeManyCookies");
	const title =
		total === 0
			? message("badgeClean", [cookieCount])
			: message("badgeFindings", [
					counted(message, total, "badgeOneFinding", "badgeManyFindings"),
					cookieCount,
					String(high),
					String(medium),
				]);
	const color = high > 0 ? BADGE_COLORS.high : medium > 0 ? BADGE_COLORS.medium : BADGE_COLORS.none;
	return { text: total === 0 ? "" : total > 999 ? "999+" : String(total), color, title };
}
