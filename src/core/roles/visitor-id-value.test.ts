import { expect, test } from "vitest";
import { visitorIdShape } from "./visitor-id-value.ts";

const DOTTED = "value is dotted numbers with a timestamp, as analytics and ad tags write";

test.each([
	["GA1.1.1234567890.1700000000", DOTTED],
	["GS1.1.1700000000.3.1.1700000100.0.0.0", DOTTED],
	["fb.1.1596403881668.1116446470", DOTTED],
	["1.1.987654321.1700000000", DOTTED],
	["0a1b2c3d4e5f6071.1700000000.", DOTTED],
	["1.2.3", undefined],
	["d41d8cd98f00b204e9800998ecf8427e", undefined],
	["s%3Aabc.def", undefined],
])("%s: %s", (value, reason) => {
	expect(visitorIdShape(value, false)).toBe(reason);
});

test("JSON naming a visitor field, plain, URL-encoded or base64", () => {
	const json = JSON.stringify({ distinct_id: "18c3a", $device_id: "18c3a", $initial_referrer: "$direct" });
	expect(visitorIdShape(encodeURIComponent(json), true)).toBe(
		'value is JSON with the analytics field "distinct_id"',
	);
	expect(visitorIdShape(btoa(JSON.stringify({ deviceId: "x", optOut: false })), true)).toBe(
		'value is JSON with the analytics field "deviceId"',
	);
	expect(visitorIdShape(JSON.stringify({ user: 42, role: "admin" }), true)).toBeUndefined();
	// Plain or URL-encoded JSON is read as it is; an encoded one only when the token analysis found JSON.
	expect(visitorIdShape(json, false)).toBe('value is JSON with the analytics field "distinct_id"');
	expect(visitorIdShape(btoa(json), false)).toBeUndefined();
});
