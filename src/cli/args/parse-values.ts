/** Checks of single option values; each failure is a CliError that names the option and the value. */
import { CliError } from "../cli-error.ts";

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
	const trimmed = text.trim();
	const match = ISO_DATE.exec(trimmed);
	const iso = match && !match.groups?.zone && trimmed.includes(":") ? `${trimmed}Z` : trimmed;
	const ms = match && isCalendarDate(trimmed.slice(0, 10)) ? Date.parse(iso.replace(" ", "T")) : Number.NaN;
	if (Number.isNaN(ms))
		throw new CliError(`--now "${text}" is not an ISO 8601 date (e.g. 2030-01-31T12:00:00Z)`);
	return ms;
}

/** Date.parse rolls 2030-02-30 over into March; a day that does not round-trip does not exist. */
function isCalendarDate(ymd: string): boolean {
	const [year = 0, month = 0, day = 0] = ymd.split("-").map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `--timeout`: seconds, a positive number. */
export function parseTimeout(text: string): number {
	const seconds = Number(text);
	if (text.trim() === "" || !Number.isFinite(seconds) || seconds <= 0) {
		throw new CliError(`--timeout "${text}" is not a positive number of seconds`);
	}
	return Math.round(seconds * 1000);
}

/** One of the allowed values of an option, or a CliError listing them. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new CliError(`${option} must be one of ${allowed.join(", ")} (got "${value}")`);
}
