/**
 * The one door to re2js (https://github.com/le0pard/re2js, MIT), a pure-JavaScript port of RE2: it matches
 * in time linear in the input, so a pattern from a settings file cannot stall a worker on a name the site
 * chose (a backtracking `/(a+)+$/` never finishes on a long name). It needs no eval, so it runs under the
 * extension's CSP. Sources are JavaScript regular expressions, translated to RE2 syntax by re2js; what RE2
 * cannot run, or would read otherwise, is refused (regex-features.ts) rather than matched differently.
 */
import { RE2JS } from "re2js";
import { unsupportedFeature } from "./regex-features.ts";

const ENGINE = "the linear-time engine that runs name patterns";
const TOO_LARGE = `is too large for ${ENGINE}`;

/**
 * RE2 matches in time proportional to the name's length times the program's size, and counted repeats make
 * a short source a large program: `/(?:.*a){200}/` is 602 instructions and took 30 ms per 4,000-character
 * name here. Names are audited by the hundred on every change, so the program is bounded too; patterns
 * people write stay far below (`/^[A-Za-z0-9_-]{32,64}$/` is 100).
 */
export const MAX_PROGRAM_SIZE = 500;

export type LinearRegex =
	| { ok: true; test: (text: string) => boolean }
	/** `reason` says why a valid JavaScript regular expression is refused; absent when it is not valid at all. */
	| { ok: false; reason?: string };

/**
 * Compiles `/source/flags` as written. Flags i, m and s keep their meaning; u is accepted (RE2 always reads
 * code points); d, g and y are dropped, as they do not change whether a name matches.
 */
export function compileLinearRegex(source: string, flags: string): LinearRegex {
	let native: RegExp;
	try {
		// JavaScript's parser decides what is a regular expression at all; it never runs here.
		native = new RegExp(source, flags);
	} catch {
		return { ok: false };
	}
	const reason = unsupportedFeature(native.source, native.flags);
	if (reason) return { ok: false, reason };
	try {
		const re = RE2JS.compile(RE2JS.translateRegExp(native));
		const size = re.programSize();
		if (size > MAX_PROGRAM_SIZE) {
			return { ok: false, reason: `${TOO_LARGE} (${size} instructions, at most ${MAX_PROGRAM_SIZE})` };
		}
		return { ok: true, test: (text) => re.test(text) };
	} catch (error) {
		const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, "") : "";
		return { ok: false, reason: `is refused by ${ENGINE} (${detail})` };
	}
}
