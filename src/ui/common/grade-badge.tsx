import type { SiteReport } from "../../core/report.ts";
import { useT } from "./i18n.ts";

/** The site's grade, coloured by band; the score is in the accessible name and the tooltip. */
export function GradeBadge({ site }: { site: Pick<SiteReport, "grade" | "score"> }) {
	const t = useT();
	const band = site.grade.startsWith("A")
		? "good"
		: site.grade === "B" || site.grade === "C"
			? "fair"
			: "bad";
	const label = t("gradeWithScore", [site.grade, String(site.score)]);
	return (
		<span class={`grade grade-${band}`} title={label} data-grade={site.grade}>
			<span aria-hidden="true">{site.grade}</span>
			<span class="sr-only">{label}</span>
		</span>
	);
}
