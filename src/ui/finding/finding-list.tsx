import type { Finding } from "../../core/report.ts";
import { shortMessage } from "../../core/rules/describe-cookie.ts";
import { findingsInOrder } from "../../core/severity.ts";
import { useT } from "../common/i18n.ts";

/**
 * A cookie's findings in the order of core/severity.ts, one line each: what the row shows before it is
 * expanded. The row names the cookie and its scope, so the messages leave that out (shortMessage); the
 * details view shows them in full.
 */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
	const t = useT();
	if (findings.length === 0) return null;
	return (
		<ul class="findings" aria-label={t("findingsLabel")}>
			{findingsInOrder(findings).map((f) => (
				<li key={f.rule} class={`finding sev-${f.severity}`} data-rule={f.rule}>
					<span class="sev">{t(`severity_${f.severity}`)}</span> <span>{shortMessage(f.message)}</span>
				</li>
			))}
		</ul>
	);
}
