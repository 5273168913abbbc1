import { expect, test } from "vitest";
import { parseCsv } from "./parse-csv.ts";

test("reads quoted fields with commas, doubled quotes and line breaks, in CRLF rows", () => {
	const text = 'Name,Description\r\n_ga,"ID, used to ""identify"" users"\r\nx,"two\r\nlines"\r\n';
	expect(parseCsv(text)).toEqual([
		{ Name: "_ga", Description: 'ID, used to "identify" users' },
		{ Name: "x", Description: "two\r\nlines" },
	]);
});

test("reads LF rows, a byte order mark and a last row without a line break", () => {
	expect(parseCsv("\uFEFFName,Wildcard match\n_gat,1\nsid,0")).toEqual([
		{ Name: "_gat", "Wildcard match": "1" },
		{ Name: "sid", "Wildcard match": "0" },
	]);
});

test("refuses a row whose fields do not match the header", () => {
	expect(() => parseCsv("a,b\n1,2,3\n")).toThrow(/Invalid Record Length/);
});
