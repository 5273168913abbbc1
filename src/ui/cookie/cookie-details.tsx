import type { CookieReport } from "../../core/report.ts";
import { findingsInOrder } from "../../core/severity.ts";
import { useT } from "../common/i18n.ts";
import { FindingDetails } from "../finding/finding-details.tsx";
import { CookieActions } from "./cookie-actions.tsx";
import { CookieAttributes } from "./cookie-attributes.tsx";
import { CookieHistory } from "./cookie-history.tsx";
import type { CookieRowActions } from "./cookie-row-actions.ts";
import { CookieValue } from "./cookie-value.tsx";
import { TokenAnalysisView } from "./token-analysis-view.tsx";
import { useFullFindings } from "./use-full-findings.ts";

/** Everything about one cookie, rendered only when its row is expanded. */
export function CookieDetails(props: {
	id: string;
	cookie: CookieReport;
	site: string;
	actions: CookieRowActions;
}) {
	const { id, cookie, site, actions } = props;
	const t = useT();
	const { findings, history } = useFullFindings(cookie, actions.findingsOf);
	return (
		<section class="details" id={id} aria-label={t("detailsOf", [cookie.name])}>
			<CookieActions cookie={cookie} site={site} actions={actions} />
			<p class="role-why">
				<strong>{t(`role_${cookie.role}`)}</strong> · {t("roleBecause", [cookie.roleReason])}
			</p>
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
