import type { CookieHistoryEvent } from "../../core/tab-report.ts";
import { type Translate, useT } from "../common/i18n.ts";

function writer(by: CookieHistoryEvent["by"], t: Translate): string {
	if (by === "script") return t("historyByScript");
	if (by === "browser") return t("historyByBrowser");
	if (by === "unseen") return t("historyByUnseen");
	return `${by.method} ${by.path} ${by.status}`;
}

/**
 * "set by POST /login 302 · 12:01:07, changed by a page script · 12:03:40": who wrote the cookie, as the
 * background observed it (docs/protocol.md, "Observed responses"), in the user's local time.
 */
export function CookieHistory({ history }: { history: readonly CookieHistoryEvent[] }) {
	const t = useT();
	if (history.length === 0) return null;
	const text = history
		.map((e) => t(`history_${e.kind}`, [writer(e.by, t), new Date(e.timeMs).toLocaleTimeString()]))
		.join(", ");
	return (
		<p class="cookie-history" data-history>
			<strong>{t("historyLabel")}</strong> {text}
		</p>
	);
}
