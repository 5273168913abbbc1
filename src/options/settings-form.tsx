import { useMemo, useState } from "preact/hooks";
import type { RuleMeta } from "../core/rules/rule.ts";
import type { Settings } from "../core/settings/settings.ts";
import type { SettingsView } from "../core/settings/settings-view.ts";
import { type SettingsIssue, validateSettings } from "../core/settings/validate-settings.ts";
import { useT } from "../ui/common/i18n.ts";
import { type Draft, fromDraft, toDraft } from "./draft.ts";
import { IssueList } from "./issue-list.tsx";
import { issueLookup } from "./issues.ts";
import { SettingsSections } from "./settings-sections.tsx";

/** Locked keys show the administrator's value; the user's own value for them is kept as it was. */
function draftOf(view: SettingsView): Draft {
	const shown = { ...view.own };
	for (const key of view.locked) Object.assign(shown, { [key]: view.effective[key] });
	return toDraft(shown);
}

/** The settings form: edits a draft, validates the whole of it on save, and saves only a valid one. */
export function SettingsForm(props: {
	view: SettingsView;
	rules: readonly Pick<RuleMeta, "id" | "title">[];
	onSave(settings: Settings): Promise<void>;
}) {
	const t = useT();
	const { view } = props;
	// Edits belong to the view they were made on: a new view (after a save or an import) shows its own
	// values at once. Resetting in an effect instead would run after paint and drop what was typed first.
	const [edit, setEdit] = useState(() => ({ view, draft: draftOf(view) }));
	const draft = edit.view === view ? edit.draft : draftOf(view);
	const setDraft = (next: Draft) => setEdit({ view, draft: next });
	const [issues, setIssues] = useState<SettingsIssue[]>([]);
	const [saved, setSaved] = useState(false);
	const issueAt = useMemo(() => issueLookup(issues), [issues]);
	const submit = async (event: Event) => {
		event.preventDefault();
		const raw = fromDraft(draft);
		for (const key of view.locked) raw[key] = view.own[key];
		const result = validateSettings(raw);
		setSaved(false);
		if (!result.ok) {
			setIssues(result.issues);
			return;
		}
		setIssues([]);
		await props.onSave(result.settings);
		setSaved(true);
	};
	return (
		<form class="settings-form" onSubmit={submit} noValidate aria-label={t("optionsFormLabel")}>
			<IssueList issues={issues} title={t("optionsNotSaved")} />
			<SettingsSections
				draft={draft}
				locked={view.locked}
				rules={props.rules}
				issueAt={issueAt}
				onChange={(patch) => {
					setSaved(false);
					setDraft({ ...draft, ...patch });
				}}
			/>
			<div class="form-actions">
				<button type="submit" data-save>
					{t("optionsSave")}
				</button>
				<span role="status" data-saved={saved ? "" : undefined}>
					{saved ? t("optionsSaved") : ""}
				</span>
			</div>
		</form>
	);
}
