/**
 * The cookie-date algorithm of RFC 6265bis §5.1.1: how browsers read an Expires attribute. It is
 * deliberately lenient (any delimiter, any token order) but validates the fields it finds.
 */

// §5.1.1: delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E; everything else belongs to a token.
// biome-ignore lint/suspicious/noControlCharactersInRegex: HTAB (%x09) is one of the delimiters §5.1.1 lists.
const DELIMITERS = /[\x09\x20-\x2F\x3B-\x40\x5B-\x60\x7B-\x7E]+/;
// time = hms-time [ non-digit *OCTET ]; hms-time = time-field ":" time-field ":" time-field
const TIME = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D[\s\S]*)?$/;
// day-of-month = 1*2DIGIT [ non-digit *OCTET ]
const DAY_OF_MONTH = /^(\d{1,2})(?:\D[\s\S]*)?$/;
// year = 2*4DIGIT [ non-digit *OCTET ]
const YEAR = /^(\d{2,4})(?:\D[\s\S]*)?$/;
// month = month-name *OCTET, matched case-insensitively
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

interface DateFields {
	time?: [number, number, number];
	day?: number;
	month?: number;
	year?: number;
}

/** §5.1.1 step 2: each token fills the first field it can still match, in this order. */
function readTokens(text: string): DateFields {
	const fields: DateFields = {};
	for (const token of text.split(DELIMITERS)) {
		if (token === "") continue;
		const time = fields.time === undefined ? TIME.exec(token) : null;
		const day = fields.day === undefined ? DAY_OF_MONTH.exec(token) : null;
		const month = fields.month === undefined ? MONTH.exec(token) : null;
		const year = fields.year === undefined ? YEAR.exec(token) : null;
		if (time) fields.time = [Number(time[1]), Number(time[2]), Number(time[3])];
		else if (day) fields.day = Number(day[1]);
		else if (month) fields.month = MONTHS.indexOf((month[1] ?? "").toLowerCase());
		else if (year) fields.year = Number(year[1]);
	}
	return fields;
}

/** §5.1.1 steps 3-4: two-digit years 70-99 are 19xx, 0-69 are 20xx. */
function fullYear(year: number): number {
	if (year >= 70 && year <= 99) return year + 1900;
	if (year >= 0 && year <= 69) return year + 2000;
	return year;
}

/**
 * Parses a cookie-date (RFC 6265bis §5.1.1) into epoch seconds, or null when the algorithm fails:
 * a missing field, day-of-month outside 1-31, a year before 1601, hour > 23, minute or second > 59,
 * or a date that does not exist (31 February).
 */
export function parseCookieDate(text: string): number | null {
	// Sites send the same Expires text on many headers (a HAR repeats it per response): keep the last.
	if (text !== lastDate.text) lastDate = { text, seconds: computeCookieDate(text) };
	return lastDate.seconds;
}

let lastDate: { text: string; seconds: number | null } = { text: "", seconds: null };

function computeCookieDate(text: string): number | null {
	const { time, day, month, year } = readTokens(text);
	if (time === undefined || day === undefined || month === undefined || year === undefined) return null;
	const [hour, minute, second] = time;
	const y = fullYear(year);
	if (day < 1 || day > 31 || y < 1601 || hour > 23 || minute > 59 || second > 59) return null;
	const date = new Date(Date.UTC(y, month, day, hour, minute, second));
	// §5.1.1 step 6: abort when the date does not exist; Date.UTC silently rolls it into the next month.
	if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
	return date.getTime() / 1000;
}
