import { parseSettingsFile } from "../../core/settings/parse-settings-file.ts";
import type { Settings } from "../../core/settings/settings.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { stripBom } from "./strip-bom.ts";
import { settingsOrThrow } from "./validate-settings.ts";

/**
 * `--config <file>`: reads and checks a settings file with the extension's own parser (size limit, JSON,
 * schema), so a file the options page exported means the same here; errors name the file and the field.
 */
export async function loadSettings(file: string, io: Pick<CliIo, "readFile">): Promise<Settings> {
	const text = stripBom(await io.readFile(file));
	try {
		return settingsOrThrow(parseSettingsFile(text));
	} catch (error) {
		if (!(error instanceof CliError)) throw error;
		throw new CliError(`config ${file}: ${error.message}`);
	}
}
