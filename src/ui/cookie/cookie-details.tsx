import type { CookieReport } from "../../core/report.ts";
import { findingsInOrder } from "../../core/severity.ts";
import { useT } from "../common/i18n.ts";
import { FindingDetails } from "../finding/finding-details.tsx";
import { CookieActions } from "./cookie-actions.tsx";
import { CookieAttributes } from "./cookie-attributes.tsx";
import { CookieHistory } from "./cookie-history.tsx";
import type { CookieRowActions } from "./cookie-row-actions.ts";
import { CookieValue } from "./cookie-value.tsx";
import { KnownAsLine } from "./known-as-line.tsx";
import { RoleLine } from "./role-line.tsx";
import { TokenAnalysisView } from "./token-analysis-view.tsx";
import { useFullDetails } from "./use-full-details.ts";

/** Everything about one cookie, rendered only when its row is expanded. */
export function CookieDetails(props: {
	id: string;
	cookie: CookieReport;
	site: string;
	actions: CookieRowActions;
}) {
	const { id, cookie, site, actions } = props;
	const t = useT();
	const full = useFullDetails(cookie, actions.detailsOf);
	const { findings, history } = full;
	return (
		<section class="details" id={id} aria-label={t("detailsOf", [cookie.name])}>
			<CookieActions cookie={cookie} site={site} actions={actions} />
			{full.knownAs ? <KnownAsLine knownAs={full.knownAs} /> : null}
			<RoleLine cookie={cookie} />
			<CookieAttributes cookie={cookie} />
			<CookieHistory history={history} />
			<CookieValue value={cookie.value} onCopy={actions.copyText} />
			{cookie.value === undefined ? null : <TokenAnalysisView value={cookie.value} />}
			{findings.length > 0 ? (
				<section class="finding-details" aria-label={t("findingsLabel")}>
					{findingsInOrder(findings).map((f) => (
						<FindingDetails key={f.rule} finding={f} />
					))}
				</section>
			) : (
				<p class="muted">{t("noFindings")}</p>
			)}
		</section>
	);
}
