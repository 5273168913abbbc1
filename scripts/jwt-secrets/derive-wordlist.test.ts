import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { wordlistGzip, wordlistText } from "./derive-wordlist.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url));

test("the vendored wordlist is what the script makes of the vendored upstream list, byte for byte", () => {
	const upstream = read("../../test/fixtures/jwt-secrets/jwt.secrets.list").toString("utf8");
	const vendored = read("../../src/core/forgeable/data/wallarm-jwt-secrets.txt.gz");
	expect(wordlistGzip(upstream).equals(vendored)).toBe(true);
	expect(gunzipSync(vendored).toString("utf8").split("\n")).toHaveLength(103_782);
});

test("CRLF becomes LF, empty lines and repeats go, order, spaces and leading # stay", () => {
	expect(wordlistText("b\r\n\r\na\r\n b \r\n#x\r\nb\r\n")).toBe("b\na\n b \n#x\n");
});

test("the same list gives the same bytes", () => {
	expect(wordlistGzip("one\ntwo\n").equals(wordlistGzip("one\r\ntwo"))).toBe(true);
});
