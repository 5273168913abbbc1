import type { ActionResult } from "../../core/tab-report.ts";
import { useT } from "../../ui/common/i18n.ts";

/** What a bulk action did, counted, with every failure and its reason. */
export function ActionSummary({ results }: { results: readonly ActionResult[] }) {
	const t = useT();
	const removed = results.filter((r) => r.status === "removed").length;
	const failed = results.filter((r) => r.status === "failed");
	return (
		<div class="summary" role="status" data-summary data-removed={removed} data-failed={failed.length}>
			<p>{t("overviewSummary", [String(removed), String(failed.length)])}</p>
			{failed.length > 0 ? (
				<ul>
					{failed.map((r) => (
						<li key={`${r.cookie.storeId ?? ""} ${r.cookie.domain}${r.cookie.path} ${r.cookie.name}`}>
							{r.cookie.name} ({r.cookie.domain}
							{r.cookie.path}): {r.reason ?? ""}
						</li>
					))}
				</ul>
			) : null}
		</div>
	);
}
