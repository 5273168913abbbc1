import type { SiteReport } from "../../core/report.ts";
import { cookiesInOrder } from "../../core/severity.ts";
import { Collapsible } from "../common/collapsible.tsx";
import { useT } from "../common/i18n.ts";
import { isSessionLike } from "../common/session-like.ts";
import { type CookieFilter, matchesFilter } from "../cookie/cookie-filter.ts";
import { CookieList } from "../cookie/cookie-list.tsx";
import type { CookieRowActions } from "../cookie/cookie-row-actions.ts";

/** A site's cookies: sessions and csrf tokens first and open, every other cookie in a collapsed section. */
export function SiteCookies(props: {
	site: SiteReport;
	idPrefix: string;
	filter: CookieFilter;
	actions: CookieRowActions;
}) {
	const { site, idPrefix, filter, actions } = props;
	const t = useT();
	const shown = cookiesInOrder(site.cookies.filter((c) => matchesFilter(c, filter)));
	const sessions = shown.filter(isSessionLike);
	const others = shown.filter((c) => !isSessionLike(c));
	return (
		<section class="site" data-site={site.site} aria-label={t("cookiesOf", [site.site])}>
			<h2 class="list-title">{t("sessionCookies", [String(sessions.length)])}</h2>
			{sessions.length > 0 ? (
				<CookieList
					cookies={sessions}
					site={site.site}
					idPrefix={`${idPrefix}-s`}
					actions={actions}
					label={t("sessionCookiesLabel")}
					whole
				/>
			) : (
				<p class="muted empty-list">{t("noSessionCookies")}</p>
			)}
			{others.length > 0 ? (
				<Collapsible section="other" summary={t("otherCookies", [String(others.length)])}>
					{() => (
						<CookieList
							cookies={others}
							site={site.site}
							idPrefix={`${idPrefix}-o`}
							actions={actions}
							label={t("otherCookiesLabel")}
						/>
					)}
				</Collapsible>
			) : null}
		</section>
	);
}
