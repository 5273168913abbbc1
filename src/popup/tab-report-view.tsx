import type { TabReport } from "../messaging/protocol.ts";
import { useT } from "../ui/i18n.ts";
import { SiteSection } from "../ui/site-section.tsx";

export interface TabReportActions {
	grantAccess(): void;
}

/** The popup's first screen for one tab: every state a tab can be in, each said plainly. */
export function TabReportView({
	report,
	now,
	actions,
}: {
	report: TabReport;
	now: number;
	actions: TabReportActions;
}) {
	const t = useT();
	if (!report.inspectable) return <p class="state">{t("cannotInspect", [report.url])}</p>;
	if (report.access === "missing") {
		return (
			<div class="state" role="alert">
				<p>{t("accessMissing", [new URL(report.url).hostname])}</p>
				<button type="button" onClick={actions.grantAccess}>
					{t("grantAccess")}
				</button>
			</div>
		);
	}
	if (report.sites.length === 0) return <p class="state">{t("noCookies")}</p>;
	return (
		<div>
			{report.sites.map((site, i) => (
				<SiteSection key={site.site} site={site} now={now} frame={i > 0} />
			))}
		</div>
	);
}
