import { expect, test } from "vitest";
import { textBase64 } from "../audit/testing/random-values.ts";
import { decodeLayers } from "./decode-layers.ts";

test("peels URL, base64 and JSON in turn", () => {
	const value = encodeURIComponent(textBase64(JSON.stringify({ uid: 42 })));
	const layers = decodeLayers(value);
	expect(layers.map((l) => l.path.join(">"))).toEqual(["url", "url>base64"]);
	expect(layers.at(-1)?.json).toEqual({ uid: 42 });
});

test("tries the parts of dotted envelopes", () => {
	const value = `${textBase64('{"a":"b"}', true)}.Zx1aBcQ.abcdefabcdefabcdef`;
	expect(decodeLayers(value).some((l) => l.json !== undefined)).toBe(true);
});

test("random values have no readable layer", () => {
	expect(decodeLayers("9f86d081884c7d659a2feaa0c55ad015")).toEqual([]);
});
