import type { SiteReport } from "../../core/report.ts";
import { Collapsible } from "../common/collapsible.tsx";
import { GradeBadge } from "../common/grade-badge.tsx";
import { useT } from "../common/i18n.ts";
import type { CookieFilter } from "../cookie/cookie-filter.ts";
import type { PopupActions, PopupStatus, SnapshotInfo } from "./popup-model.ts";
import { SeverityCounts } from "./severity-counts.tsx";
import { SiteActions } from "./site-actions.tsx";
import { SiteCookies } from "./site-cookies.tsx";

/** A third-party site present through a frame: collapsed, in a section of its own. */
export function FrameSite(props: {
	site: SiteReport;
	index: number;
	filter: CookieFilter;
	actions: PopupActions;
	status: PopupStatus;
	snapshot: SnapshotInfo | undefined;
}) {
	const { site, index, filter, actions, status } = props;
	const t = useT();
	const summary = (
		<span class="frame-summary">
			<GradeBadge site={site} />
			<span class="frame-name">{site.site}</span>
			<span class="muted">
				{t("frameSite")} · {t("cookieCount", [String(site.cookies.length)])}
			</span>
		</span>
	);
	return (
		<div class="frame-site" data-frame-site={site.site}>
			<Collapsible section="frame" summary={summary}>
				{() => (
					<>
						<SeverityCounts cookies={site.cookies} />
						<SiteActions site={site} snapshot={props.snapshot} actions={actions} busy={status.busy} />
						<SiteCookies site={site} idPrefix={`f${index}`} filter={filter} actions={actions} />
					</>
				)}
			</Collapsible>
		</div>
	);
}
