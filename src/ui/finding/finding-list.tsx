import type { Finding } from "../../core/report.ts";
import { findingsInOrder } from "../../core/severity.ts";
import { useT } from "../shared/i18n.ts";

/**
 * The row already names the cookie and its scope, so the message's "(domain …, path …, store …)" identity
 * is left out here; the details view shows the full message.
 */
export function shortMessage(message: string): string {
	return message.replace(/ \(domain [^)]*\)/, "");
}

/** A cookie's findings in the order of core/severity.ts, one line each: what the row shows before it is expanded. */
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
