import { describe, expect, test } from "vitest";
import { CliError, oneLine } from "./cli-error.ts";

describe("CliError", () => {
	test("its message is one line with control characters from the input escaped", () => {
		expect(new CliError('bad "a\r\u001b[2Jb"\n  at x').message).toBe('bad "a \\u001b[2Jb" at x');
		expect(oneLine(new Error("x\r\ny\u0007"))).toBe("x y\\u0007");
	});
});
