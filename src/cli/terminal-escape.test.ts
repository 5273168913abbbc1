import { describe, expect, test } from "vitest";
import { escapeControls, escapeControlsDeep } from "./terminal-escape.ts";

describe("escapeControls", () => {
	test("writes ESC, CR, NUL, DEL and C1 as \\uXXXX and keeps tab and line feed", () => {
		expect(escapeControls("a\u001b[31mred\r\u0000\u007f\u009b\tb\nc")).toBe(
			"a\\u001b[31mred\\u000d\\u0000\\u007f\\u009b\tb\nc",
		);
	});

	test("leaves printable text, including non-ASCII, alone", () => {
		expect(escapeControls("sid=é ü 日本")).toBe("sid=é ü 日本");
	});

	test("escapes every string of a nested value and keeps other values", () => {
		expect(escapeControlsDeep({ a: ["x\u001by", 3], b: { c: null, d: true } })).toEqual({
			a: ["x\\u001by", 3],
			b: { c: null, d: true },
		});
	});
});
