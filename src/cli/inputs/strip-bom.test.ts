import { describe, expect, test } from "vitest";
import { stripBom } from "./strip-bom.ts";

describe("stripBom", () => {
	test("drops one leading U+FEFF and nothing else", () => {
		expect(stripBom("\uFEFF{}")).toBe("{}");
		expect(stripBom("{}\uFEFF")).toBe("{}\uFEFF");
		expect(stripBom("\uFEFF\uFEFF")).toBe("\uFEFF");
	});
});
