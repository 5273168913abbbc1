/**
 * CSV text to one record per row, keyed by the header row: the one module that uses csv-parse
 * (docs/conventions.md, "Code shape": small, well-kept dependencies, each wrapped by one module of ours).
 * csv-parse reads RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): quoted fields holding commas, line
 * breaks and doubled quotes, rows ending in CRLF or LF, and a leading byte order mark.
 */
import { parse } from "csv-parse/sync";

export type CsvRecord = Readonly<Record<string, string>>;

/** Every row after the header; throws when a row has more or fewer fields than the header. */
export function parseCsv(text: string): CsvRecord[] {
	return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as CsvRecord[];
}
