import type { SiteReport } from "../../core/report.ts";
import { GradeBadge } from "../common/grade-badge.tsx";
import { useT } from "../common/i18n.ts";
import { jarLabel } from "./jar-label.ts";
import type { TabView } from "./popup-model.ts";
import { SeverityCounts } from "./severity-counts.tsx";

/** The top of the popup: the tab's site and grade, findings by severity, and which jar it uses. */
export function PopupHeader({ tab, site }: { tab: TabView; site: SiteReport | undefined }) {
	const t = useT();
	const host = new URL(tab.url).hostname;
	return (
		<header class="popup-header">
			<div class="site-line">
				{site ? <GradeBadge site={site} /> : null}
				<div class="site-names">
					<h1 class="site-name" data-header-site={site?.site ?? host}>
						{site?.site ?? host}
					</h1>
					<span class="muted host">{host}</span>
				</div>
				<span class={`jar${tab.incognito ? " jar-private" : ""}`} data-jar={tab.storeId}>
					{jarLabel(tab, t)}
				</span>
			</div>
			{site ? <SeverityCounts cookies={site.cookies} /> : null}
		</header>
	);
}
