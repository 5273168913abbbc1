import type { RuleMeta } from "../core/rules/rule.ts";
import type { Settings } from "../core/settings/settings.ts";
import { useT } from "../ui/common/i18n.ts";
import type { Draft } from "./draft.ts";
import { EntryListField } from "./fields/entry-list-field.tsx";
import { NumberField, ToggleField } from "./fields/number-field.tsx";
import { PatternListField } from "./fields/pattern-list-field.tsx";
import { SeverityField } from "./fields/severity-field.tsx";
import type { IssueAt } from "./issues.ts";
import { SettingSection } from "./setting-section.tsx";

export interface SectionsProps {
	draft: Draft;
	locked: readonly (keyof Settings)[];
	rules: readonly Pick<RuleMeta, "id" | "title">[];
	issueAt: IssueAt;
	onChange(patch: Partial<Draft>): void;
}

/** Every setting, one fieldset each, in SETTING_KEYS order. */
export function SettingsSections({ draft, locked, rules, issueAt, onChange }: SectionsProps) {
	const t = useT();
	const section = (name: keyof Settings) => ({
		name,
		locked: locked.includes(name),
		title: t(`optionsTitle_${name}`),
		help: t(`optionsHelp_${name}`),
	});
	const roles = ["session", "csrf", "other"].map((r) => ({ value: r, label: r }));
	const ruleChoices = [
		{ value: "", label: t("optionsEveryRule") },
		...rules.map((r) => ({ value: r.id, label: r.id })),
	];
	return (
		<>
			<SettingSection {...section("sessionPatterns")}>
				<PatternListField
					path="sessionPatterns"
					label={t("optionsNamePattern")}
					values={draft.sessionPatterns}
					issueAt={issueAt}
					onChange={(sessionPatterns) => onChange({ sessionPatterns })}
				/>
			</SettingSection>
			<SettingSection {...section("roleOverrides")}>
				<EntryListField
					path="roleOverrides"
					choiceKey="role"
					choiceLabel={t("optionsRole")}
					choices={roles}
					entries={draft.roleOverrides}
					issueAt={issueAt}
					onChange={(roleOverrides) => onChange({ roleOverrides })}
				/>
			</SettingSection>
			<SettingSection {...section("ignore")}>
				<EntryListField
					path="ignore"
					choiceKey="rule"
					choiceLabel={t("optionsRule")}
					choices={ruleChoices}
					entries={draft.ignore}
					issueAt={issueAt}
					onChange={(ignore) => onChange({ ignore })}
				/>
			</SettingSection>
			<SettingSection {...section("maxSessionLifetimeDays")}>
				<NumberField
					path="maxSessionLifetimeDays"
					label={t("optionsDays")}
					hint={t("optionsDaysHint")}
					value={draft.maxSessionLifetimeDays}
					issueAt={issueAt}
					onChange={(maxSessionLifetimeDays) => onChange({ maxSessionLifetimeDays })}
				/>
			</SettingSection>
			<SettingSection {...section("minTokenEntropyBits")}>
				<NumberField
					path="minTokenEntropyBits"
					label={t("optionsBits")}
					hint={t("optionsBitsHint")}
					value={draft.minTokenEntropyBits}
					issueAt={issueAt}
					onChange={(minTokenEntropyBits) => onChange({ minTokenEntropyBits })}
				/>
			</SettingSection>
			<SettingSection {...section("severityOverrides")}>
				<SeverityField
					rules={rules}
					values={draft.severityOverrides}
					issueAt={issueAt}
					onChange={(severityOverrides) => onChange({ severityOverrides })}
				/>
			</SettingSection>
			<SettingSection {...section("maskValues")}>
				<ToggleField
					path="maskValues"
					label={t("optionsMaskValues")}
					checked={draft.maskValues}
					onChange={(maskValues) => onChange({ maskValues })}
				/>
			</SettingSection>
			<SettingSection {...section("badge")}>
				<ToggleField
					path="badge"
					label={t("optionsBadge")}
					checked={draft.badge}
					onChange={(badge) => onChange({ badge })}
				/>
			</SettingSection>
		</>
	);
}
