import { useState } from "preact/hooks";
import { SETTINGS_LIMITS } from "../core/settings/limits.ts";
import { parseSettingsFile } from "../core/settings/parse-settings-file.ts";
import type { Settings } from "../core/settings/settings.ts";
import type { SettingsIssue } from "../core/settings/validate-settings.ts";
import { useT } from "../ui/common/i18n.ts";
import { IssueList } from "./issue-list.tsx";

export const EXPORT_FILENAME = "session-hygiene-settings.json";

type ImportState =
	| { status: "idle" }
	| { status: "refused"; issues: SettingsIssue[] }
	| { status: "imported"; file: string };

/** Saves text as a file through an in-page download: no downloads permission, no network. */
function download(text: string, filename: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
	const link = document.createElement("a");
	link.href = url;
	link.download = filename;
	link.click();
	// Revoked later: the download reads the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function readSettingsFile(file: File): Promise<ReturnType<typeof parseSettingsFile>> {
	// Checked before reading, so a huge file is never loaded into the page.
	if (file.size > SETTINGS_LIMITS.fileBytes) {
		const message = `the file is too large: ${file.size} bytes (at most ${SETTINGS_LIMITS.fileBytes})`;
		return { ok: false, issues: [{ path: "", message }] };
	}
	return parseSettingsFile(await file.text());
}

/** Export the settings in use as the file the CLI reads; import one, all or nothing. */
export function ImportExport(props: { exportText(): string; onImport(settings: Settings): Promise<void> }) {
	const t = useT();
	const [state, setState] = useState<ImportState>({ status: "idle" });
	const onFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = "";
		if (!file) return;
		const result = await readSettingsFile(file);
		if (!result.ok) return setState({ status: "refused", issues: result.issues });
		await props.onImport(result.settings);
		setState({ status: "imported", file: file.name });
	};
	return (
		<section class="import-export" aria-labelledby="import-export-title">
			<h2 id="import-export-title">{t("optionsFileTitle")}</h2>
			<p class="hint">{t("optionsFileHelp")}</p>
			<button type="button" data-export onClick={() => download(props.exportText(), EXPORT_FILENAME)}>
				{t("optionsExport")}
			</button>
			<label class="file-button">
				{t("optionsImport")}
				<input
					type="file"
					accept="application/json,.json"
					data-import
					onChange={(e) => onFile(e.currentTarget)}
				/>
			</label>
			{state.status === "refused" ? (
				<IssueList issues={state.issues} title={t("optionsImportRefused")} />
			) : null}
			{state.status === "imported" ? (
				<p role="status" data-imported>
					{t("optionsImported", [state.file])}
				</p>
			) : null}
		</section>
	);
}
