import type { Finding } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";
import { useRuleMeta } from "./rule-meta.ts";

/** Splits core's fix text: the first line says what to set, then one `Stack: snippet` line per stack. */
export function splitFix(fix: string): { what: string; snippets: { stack: string; code: string }[] } {
	const [what = "", ...lines] = fix.split("\n");
	const snippets = lines.map((line) => {
		const at = line.indexOf(": ");
		return at < 0 ? { stack: "", code: line } : { stack: line.slice(0, at), code: line.slice(at + 2) };
	});
	return { what, snippets };
}

/** One finding in full: the message, why it matters (the rule's description), and the fix with snippets. */
export function FindingDetails({ finding }: { finding: Finding }) {
	const t = useT();
	const rule = useRuleMeta(finding.rule);
	const fix = finding.fix ? splitFix(finding.fix) : undefined;
	return (
		<article class={`finding-detail sev-${finding.severity}`} data-finding={finding.rule}>
			<h3>
				<span class="sev">{t(`severity_${finding.severity}`)}</span> {rule?.title ?? finding.rule}{" "}
				<code class="rule-id">{finding.rule}</code>
			</h3>
			<p>{finding.message}</p>
			{rule ? <p class="muted">{rule.description}</p> : null}
			{fix ? (
				<div class="fix" data-fix>
					<p>
						<strong>{t("fix")}</strong> {fix.what}
					</p>
					{fix.snippets.length > 0 ? (
						<dl class="snippets">
							{fix.snippets.map((s) => (
								<div key={s.stack}>
									<dt>{s.stack}</dt>
									<dd>
										<code>{s.code}</code>
									</dd>
								</div>
							))}
						</dl>
					) : null}
				</div>
			) : null}
		</article>
	);
}
