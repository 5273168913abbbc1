/**
 * What known-cookie data (the Open Cookie Database) says a cookie is, in its details: "Google Analytics ·
 * analytics — ID used to identify users". The description comes with the details (a brief report has none).
 */
import type { KnownAsReport } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";

export function KnownAsLine({ knownAs }: { knownAs: KnownAsReport }) {
	const t = useT();
	return (
		<p class="known-as" data-known-as>
			<span class="label">{t("knownAsLabel")}</span>{" "}
			<strong data-known-platform>
				{t("knownAs", [knownAs.platform, t(`category_${knownAs.category}`)])}
			</strong>
			{knownAs.description === undefined ? null : (
				<span data-known-description>{` — ${knownAs.description}`}</span>
			)}
		</p>
	);
}
