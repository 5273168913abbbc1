import type { CookieReport } from "../../core/report.ts";
import { countBySeverity, SEVERITIES } from "../../core/severity.ts";
import { useT } from "../common/i18n.ts";

/** "2 high · 3 medium · 0 low · 4 info": the findings of a site at a glance. */
export function SeverityCounts({ cookies }: { cookies: readonly CookieReport[] }) {
	const t = useT();
	const counts = countBySeverity(cookies);
	return (
		<ul class="sev-counts" aria-label={t("findingsBySeverity")}>
			{SEVERITIES.map((s) => (
				<li key={s} class={`sev-count sev-${s}${counts[s] === 0 ? " zero" : ""}`} data-severity={s}>
					<span class="dot" aria-hidden="true" />
					{t("severityCount", [String(counts[s]), t(`severity_${s}`)])}
				</li>
			))}
		</ul>
	);
}
