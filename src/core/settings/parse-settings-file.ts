/** A settings file's text to settings: size first (before parsing), then JSON, then the validator. */
import { errorMessage } from "../error-message.ts";
import { utf8ByteLength } from "../utf8-byte-length.ts";
import { SETTINGS_LIMITS } from "./limits.ts";
import { type SettingsResult, type ValidateOptions, validateSettings } from "./validate-settings.ts";

export type { SettingsResult };

export function parseSettingsFile(text: string, options: ValidateOptions = {}): SettingsResult {
	const max = SETTINGS_LIMITS.fileBytes;
	// A string of more than max UTF-16 units is at least max bytes: no need to count it.
	const bytes = text.length > max ? text.length : utf8ByteLength(text);
	if (bytes > max) {
		return {
			ok: false,
			issues: [{ path: "", message: `the file is too large: ${bytes} bytes (at most ${max})` }],
		};
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, issues: [{ path: "", message: `the file is not JSON: ${errorMessage(error)}` }] };
	}
	return validateSettings(json, options);
}
