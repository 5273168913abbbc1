/** Checks of single option values; each failure is a CliError that names the option and the value. */
import { CliError } from "./cli-error.ts";

/** An absolute http(s) URL, normalised by the WHATWG parser the browsers use. */
export function parseHttpUrl(text: string, what: string): string {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new CliError(`${what} "${text}" is not an absolute URL (e.g. https://example.com/)`);
	}
	if (url.protocol !== "http:" && url.protocol !== "https:") {
		throw new CliError(`${what} "${text}" is not http or https`);
	}
	return url.href;
}

const ISO_DATE =
	/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * `--now`: an ISO 8601 date or date-time. Without an offset it is UTC, so that the same command gives
 * the same report on every machine (Date.parse would read a date-time without offset as local time).
 */
export function parseNow(text: string): number {
	const match = ISO_DATE.exec(text.trim());
	const iso = match && !match.groups?.zone && text.includes(":") ? `${text.trim()}Z` : text.trim();
	const ms = match ? Date.parse(iso.replace(" ", "T")) : Number.NaN;
	if (Number.isNaN(ms))
		throw new CliError(`--now "${text}" is not an ISO 8601 date (e.g. 2030-01-31T12:00:00Z)`);
	return ms;
}

/** `--timeout`: seconds, a positive number. */
export function parseTimeout(text: string): number {
	const seconds = Number(text);
	if (text.trim() === "" || !Number.isFinite(seconds) || seconds <= 0) {
		throw new CliError(`--timeout "${text}" is not a positive number of seconds`);
	}
	return Math.round(seconds * 1000);
}
