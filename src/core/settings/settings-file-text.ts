/** The file the options page exports: every setting spelled out, so the CLI reads exactly what the browser uses. */
import { SETTING_KEYS, type Settings } from "./settings.ts";

/** `note` becomes the file's "$comment" (who exported it and when), which the validator accepts and drops. */
export function settingsFileText(settings: Settings, note?: string): string {
	const file: Record<string, unknown> = note === undefined ? {} : { $comment: note };
	for (const key of SETTING_KEYS) file[key] = settings[key];
	return `${JSON.stringify(file, null, "\t")}\n`;
}
