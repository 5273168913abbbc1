import { RULES } from "../core/rules/catalogue.ts";
import type { Settings } from "../core/settings.ts";
import { CliError, oneLine } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import { validateSettings } from "./validate-settings.ts";

/** `--config <file>`: reads, parses and checks a settings file; errors name the file and the field. */
export async function loadSettings(file: string, io: Pick<CliIo, "readFile">): Promise<Settings> {
	const text = await io.readFile(file);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new CliError(`config ${file} is not JSON: ${oneLine(error)}`);
	}
	try {
		return validateSettings(json, new Set(RULES.map((rule) => rule.id)));
	} catch (error) {
		throw new CliError(`config ${file}: ${oneLine(error)}`);
	}
}
