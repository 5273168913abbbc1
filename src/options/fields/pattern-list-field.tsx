import { useT } from "../../ui/common/i18n.ts";
import type { IssueAt } from "../issues.ts";
import { FieldIssue, invalidProps } from "./field-issue.tsx";

/** A list of name patterns: one text input per pattern, with add and remove. */
export function PatternListField(props: {
	path: string;
	label: string;
	values: string[];
	issueAt: IssueAt;
	onChange(values: string[]): void;
}) {
	const t = useT();
	const { path, values, onChange } = props;
	const set = (i: number, value: string) => onChange(values.map((v, j) => (j === i ? value : v)));
	return (
		<div class="list-field">
			<ul>
				{values.map((value, i) => {
					const itemPath = `${path}[${i}]`;
					const issue = props.issueAt(itemPath);
					return (
						<li key={i}>
							<input
								type="text"
								value={value}
								aria-label={`${props.label} ${i + 1}`}
								data-path={itemPath}
								onInput={(e) => set(i, e.currentTarget.value)}
								{...invalidProps(itemPath, issue)}
							/>
							<button
								type="button"
								class="secondary"
								onClick={() => onChange(values.filter((_, j) => j !== i))}
							>
								{t("optionsRemove")}
							</button>
							<FieldIssue path={itemPath} message={issue} />
						</li>
					);
				})}
			</ul>
			<FieldIssue path={path} message={props.issueAt(path)} />
			<button type="button" class="secondary" data-add={path} onClick={() => onChange([...values, ""])}>
				{t("optionsAddPattern")}
			</button>
		</div>
	);
}
