import type { ComponentChildren } from "preact";
import { useT } from "../ui/common/i18n.ts";

/** One group of settings; a group an administrator set by policy is shown locked (disabled, labelled why). */
export function SettingSection(props: {
	name: string;
	title: string;
	help: string;
	locked: boolean;
	children: ComponentChildren;
}) {
	const t = useT();
	return (
		<fieldset
			class="setting"
			data-setting={props.name}
			data-locked={props.locked ? "" : undefined}
			disabled={props.locked}
		>
			<legend>
				{props.title}
				{props.locked ? (
					<span class="locked" title={t("optionsLockedHelp")}>
						{" "}
						<span aria-hidden="true">🔒</span> {t("optionsLocked")}
					</span>
				) : null}
			</legend>
			<p class="hint">{props.help}</p>
			{props.children}
		</fieldset>
	);
}
