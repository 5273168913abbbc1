import { useState } from "preact/hooks";
import { useT } from "../common/i18n.ts";
import { NoticeBanner } from "../common/notice-banner.tsx";
import { type CookieFilter, isFiltering, matchesFilter, NO_FILTER } from "../cookie/cookie-filter.ts";
import { ExportBar } from "./export-bar.tsx";
import { FilterBar } from "./filter-bar.tsx";
import { FrameSite } from "./frame-site.tsx";
import { PopupHeader } from "./popup-header.tsx";
import type { PopupActions, PopupStatus, TabView } from "./popup-model.ts";
import { RefusedCookies } from "./refused-cookies.tsx";
import { SiteActions } from "./site-actions.tsx";
import { SiteCookies } from "./site-cookies.tsx";
import { SnapshotActions } from "./snapshot-actions.tsx";
import { splitTabSites } from "./tab-sites.ts";
import { snapshotOf } from "./tab-snapshots.ts";

export interface PopupReport extends TabView {
	access: "granted" | "missing";
	inspectable: boolean;
}

function AccessMissing({ url, actions }: { url: string; actions: PopupActions }) {
	const t = useT();
	return (
		<div class="state" role="alert">
			<p>{t("accessMissing", [new URL(url).hostname])}</p>
			<button type="button" onClick={() => actions.grantAccess()}>
				{t("grantAccess")}
			</button>
		</div>
	);
}

/** A page without cookies of its own; a snapshot of its site can still be restored (the replay test). */
function NoOwnCookies(props: { report: PopupReport; actions: PopupActions; status: PopupStatus }) {
	const { report, actions, status } = props;
	const t = useT();
	const held = snapshotOf(report, report.site);
	return (
		<>
			<p class="state" data-no-own-cookies>
				{t("noCookies")}
			</p>
			{held ? (
				<SnapshotActions site={report.site} snapshot={held} actions={actions} busy={status.busy} />
			) : null}
		</>
	);
}

/** The popup for one tab: every state a tab can be in, each said plainly; sessions first. */
export function PopupView({
	report,
	actions,
	status,
}: {
	report: PopupReport;
	actions: PopupActions;
	status: PopupStatus;
}) {
	const t = useT();
	const [filter, setFilter] = useState<CookieFilter>(NO_FILTER);
	if (!report.inspectable) return <p class="state">{t("cannotInspect", [report.url])}</p>;
	if (report.access === "missing") return <AccessMissing url={report.url} actions={actions} />;
	const { own, frames } = splitTabSites(report);
	const matches = report.sites.some((s) => s.cookies.some((c) => matchesFilter(c, filter)));
	return (
		<>
			<PopupHeader tab={report} site={own} />
			{status.notice ? <NoticeBanner notice={status.notice} actions={actions} /> : null}
			{report.signaturesPending ? (
				<p class="muted" role="status" data-signatures-pending>
					{t("checkingSignatures")}
				</p>
			) : null}
			{own ? (
				<SiteActions
					site={own}
					snapshot={snapshotOf(report, own.site)}
					actions={actions}
					busy={status.busy}
				/>
			) : null}
			{report.sites.length > 0 ? <FilterBar filter={filter} onChange={setFilter} /> : null}
			{isFiltering(filter) && !matches ? <p class="muted">{t("noMatch")}</p> : null}
			{own ? (
				<SiteCookies site={own} idPrefix="t" filter={filter} actions={actions} />
			) : (
				<NoOwnCookies report={report} actions={actions} status={status} />
			)}
			<RefusedCookies rejected={report.rejected ?? []} />
			{frames.map((site, i) => (
				<FrameSite
					key={site.site}
					site={site}
					index={i}
					filter={filter}
					actions={actions}
					status={status}
					snapshot={snapshotOf(report, site.site)}
				/>
			))}
			{report.sites.length > 0 ? <ExportBar actions={actions} busy={status.busy} /> : null}
		</>
	);
}
