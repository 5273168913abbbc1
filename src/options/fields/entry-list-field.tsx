import { useT } from "../../ui/common/i18n.ts";
import type { EntryDraft } from "../draft.ts";
import type { IssueAt } from "../issues.ts";
import { FieldIssue, invalidProps } from "./field-issue.tsx";

export interface Choice {
	value: string;
	label: string;
}

/** Rows of name pattern, optional site and one choice (a role, or a rule): role overrides and the ignore list. */
export function EntryListField(props: {
	path: string;
	/** The key the choice is saved under, for naming its issues: "role" or "rule". */
	choiceKey: string;
	choiceLabel: string;
	choices: Choice[];
	entries: EntryDraft[];
	issueAt: IssueAt;
	onChange(entries: EntryDraft[]): void;
}) {
	const t = useT();
	const { path, entries, onChange } = props;
	const set = (i: number, patch: Partial<EntryDraft>) =>
		onChange(entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));
	const blank: EntryDraft = { name: "", site: "", value: props.choices[0]?.value ?? "" };
	return (
		<div class="list-field">
			<ul>
				{entries.map((entry, i) => {
					const at = (key: string) => `${path}[${i}].${key}`;
					const issues = [at("name"), at("site"), at(props.choiceKey), `${path}[${i}]`];
					return (
						<li key={i} class="entry-row" data-row={`${path}[${i}]`}>
							<input
								type="text"
								value={entry.name}
								placeholder={t("optionsNamePattern")}
								aria-label={`${t("optionsNamePattern")} ${i + 1}`}
								data-path={at("name")}
								onInput={(e) => set(i, { name: e.currentTarget.value })}
								{...invalidProps(at("name"), props.issueAt(at("name")))}
							/>
							<input
								type="text"
								value={entry.site}
								placeholder={t("optionsAnySite")}
								aria-label={`${t("optionsSite")} ${i + 1}`}
								data-path={at("site")}
								onInput={(e) => set(i, { site: e.currentTarget.value })}
								{...invalidProps(at("site"), props.issueAt(at("site")))}
							/>
							<select
								value={entry.value}
								aria-label={`${props.choiceLabel} ${i + 1}`}
								data-path={at(props.choiceKey)}
								onChange={(e) => set(i, { value: e.currentTarget.value })}
							>
								{props.choices.map((c) => (
									<option key={c.value} value={c.value}>
										{c.label}
									</option>
								))}
							</select>
							<button
								type="button"
								class="secondary"
								onClick={() => onChange(entries.filter((_, j) => j !== i))}
							>
								{t("optionsRemove")}
							</button>
							{issues.map((p) => (
								<FieldIssue key={p} path={p} message={props.issueAt(p)} />
							))}
						</li>
					);
				})}
			</ul>
			<FieldIssue path={path} message={props.issueAt(path)} />
			<button type="button" class="secondary" data-add={path} onClick={() => onChange([...entries, blank])}>
				{t("optionsAddEntry")}
			</button>
		</div>
	);
}
