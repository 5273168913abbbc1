import { expect, test } from "vitest";
import { browserVerdicts } from "./browser-verdicts.ts";

// A top-level path: the default path is "/", which Firefox accepts for __Host- (browser-profiles.ts).
const URL = "https://app.example.test/login";

test.each([
	["__Host-id=1; Secure", { chromium: "refused", firefox: "stored" }],
	["=value", { chromium: "stored", firefox: "refused" }],
])("%s: one profile refuses, the other stores", (header, expected) => {
	expect(browserVerdicts(header, URL, 0)).toEqual(expected);
});

test.each(["sid=1; Secure; HttpOnly", "=a=b", "__Host-id=1; Secure; Path=/", "foo"])(
	"%s: no verdicts when the profiles agree on storing or refusing",
	(header) => {
		expect(browserVerdicts(header, URL, 0)).toBeNull();
	},
);
