import { identityKey } from "../core/cookie.ts";
import type { SiteReport } from "../core/report.ts";
import { CookieRow } from "./cookie-row.tsx";
import { useT } from "./i18n.ts";

/** One site of the tab (its own, or a frame's): grade, and its cookies. */
export function SiteSection({ site, now, frame }: { site: SiteReport; now: number; frame: boolean }) {
	const t = useT();
	const headingId = `site-${site.site}`;
	return (
		<section class="site" data-site={site.site} aria-labelledby={headingId}>
			<header class="site-head">
				<h2 id={headingId}>
					{site.site}
					{frame ? <span class="frame-label"> · {t("frameSite")}</span> : null}
				</h2>
				<span class={`grade grade-${site.grade.replace("+", "plus")}`} title={`${site.score}/100`}>
					{t("grade", [site.grade])}
				</span>
			</header>
			<p class="count">{t("cookieCount", [String(site.cookies.length)])}</p>
			<ul class="cookies">
				{site.cookies.map((c) => (
					<CookieRow key={identityKey(c)} cookie={c} now={now} />
				))}
			</ul>
		</section>
	);
}
