import type { RuleMeta } from "../../core/rules/rule.ts";
import { LEVELS } from "../../core/settings/entry-checks.ts";
import { useT } from "../../ui/common/i18n.ts";
import type { IssueAt } from "../issues.ts";
import { FieldIssue } from "./field-issue.tsx";

/** One row per rule: keep its own severity, pick another, or turn it off. */
export function SeverityField(props: {
	rules: readonly Pick<RuleMeta, "id" | "title">[];
	values: Record<string, string>;
	issueAt: IssueAt;
	onChange(values: Record<string, string>): void;
}) {
	const t = useT();
	return (
		<table class="severity-table">
			<thead>
				<tr>
					<th scope="col">{t("optionsRule")}</th>
					<th scope="col">{t("optionsSeverity")}</th>
				</tr>
			</thead>
			<tbody>
				{props.rules.map((rule) => {
					const path = `severityOverrides.${rule.id}`;
					return (
						<tr key={rule.id}>
							<th scope="row">
								<code>{rule.id}</code> <span class="hint">{rule.title}</span>
							</th>
							<td>
								<select
									value={props.values[rule.id] ?? ""}
									aria-label={t("optionsSeverityOf", [rule.id])}
									data-path={path}
									onChange={(e) => props.onChange({ ...props.values, [rule.id]: e.currentTarget.value })}
								>
									<option value="">{t("optionsSeverityDefault")}</option>
									{LEVELS.map((level) => (
										<option key={level} value={level}>
											{level}
										</option>
									))}
								</select>
								<FieldIssue path={path} message={props.issueAt(path)} />
							</td>
						</tr>
					);
				})}
			</tbody>
		</table>
	);
}
