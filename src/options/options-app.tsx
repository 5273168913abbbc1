import { RULES } from "../core/rules/catalogue.ts";
import { settingsFileText } from "../core/settings/settings-file-text.ts";
import type { Client } from "../messaging/client.ts";
import { I18n, type Translate } from "../ui/common/i18n.ts";
import { LoadError, Loading } from "../ui/common/load-state.tsx";
import { ImportExport } from "./import-export.tsx";
import { IssueList } from "./issue-list.tsx";
import { SettingsForm } from "./settings-form.tsx";
import { useSettingsView } from "./use-settings-view.ts";
import { UserSecrets } from "./user-secrets.tsx";

const RULE_NAMES = RULES.map((r) => ({ id: r.id, title: r.title }));

/** The options page: import/export of the settings file, then the form with every setting. */
export function OptionsApp({ translate, client }: { translate: Translate; client: Client }) {
	const { state, save } = useSettingsView(client);
	let body = <Loading text={translate("loading")} />;
	if (state.status === "error") {
		body = <LoadError message={state.message} />;
	} else if (state.status === "ready") {
		const view = state.value;
		const note = translate("optionsExportNote", [__VERSION__, new Date().toISOString()]);
		body = (
			<>
				<IssueList issues={view.managedIssues} title={translate("optionsManagedIssues")} />
				<IssueList issues={view.droppedIssues} title={translate("optionsDroppedIssues")} />
				<ImportExport exportText={() => settingsFileText(view.effective, note)} onImport={save} />
				<SettingsForm view={view} rules={RULE_NAMES} onSave={save} />
				<UserSecrets client={client} />
			</>
		);
	}
	return (
		<I18n.Provider value={translate}>
			<header class="page-head">
				<h1>{translate("optionsHeading")}</h1>
				<a href="overview/index.html">{translate("overviewLink")}</a>
			</header>
			<div data-state={state.status}>{body}</div>
		</I18n.Provider>
	);
}
