import { useState } from "preact/hooks";
import type { ExportFormat } from "../../core/tab-report.ts";
import { useT } from "../common/i18n.ts";
import type { PopupActions } from "./popup-model.ts";

const FORMATS: readonly ExportFormat[] = ["json", "markdown", "sarif"];

/** Export the tab's report (values left out) as a file or to the clipboard. */
export function ExportBar({ actions, busy }: { actions: PopupActions; busy: boolean }) {
	const t = useT();
	const [format, setFormat] = useState<ExportFormat>("json");
	return (
		<fieldset class="export toolbar" aria-label={t("exportLabel")}>
			<label class="label" for="export-format">
				{t("exportLabel")}
			</label>
			<select
				id="export-format"
				data-export-format
				value={format}
				onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
			>
				{FORMATS.map((f) => (
					<option key={f} value={f}>
						{t(`format_${f}`)}
					</option>
				))}
			</select>
			<button
				type="button"
				class="secondary"
				data-action="download"
				disabled={busy}
				onClick={() => actions.exportReport(format, "download")}
			>
				{t("download")}
			</button>
			<button
				type="button"
				class="secondary"
				data-action="copy-report"
				disabled={busy}
				onClick={() => actions.exportReport(format, "copy")}
			>
				{t("copy")}
			</button>
		</fieldset>
	);
}
