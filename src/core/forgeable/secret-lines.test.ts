import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { gunzipText, secretLines } from "./secret-lines.ts";

test("one secret a line: CR dropped, empty lines skipped, spaces and # kept, repeats once", () => {
	expect(secretLines("a\r\n\n  b \n#c\na\n")).toEqual(["a", "  b ", "#c"]);
	expect(secretLines("")).toEqual([]);
});

test("the vendored wordlist reads through DecompressionStream", async () => {
	const gz = readFileSync(new URL("./data/wallarm-jwt-secrets.txt.gz", import.meta.url));
	const secrets = secretLines(await gunzipText(new Uint8Array(gz)));
	expect(secrets).toHaveLength(103_781);
	expect(secrets).toContain("keyboard cat");
	expect(secrets.slice(0, 2)).toEqual(["!)&@%&*$E^$", "!@#!@#!@#!@@#!@#"]);
});

test("a file that is not gzip is refused (the caller turns it into one line)", async () => {
	await expect(gunzipText(new TextEncoder().encode("plain text"))).rejects.toThrow();
});
