import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { samesiteInvalid } from "./samesite-invalid.ts";

const header = (sameSiteAttribute?: string) => ({
	setCookie: "sid=x",
	url: "https://app.example.com/",
	...(sameSiteAttribute === undefined ? {} : { sameSiteAttribute }),
});

test.each([
	["session", "Relaxed", "medium"],
	["csrf", "yes", "medium"],
	["other", "", "low"],
	["session", "STRICT", undefined],
	["session", "lax", undefined],
	["session", "None", undefined],
	["session", undefined, undefined],
] as const)("%s cookie with SameSite=%s in the header → %s", (role, value, severity) => {
	const finding = findingOf(samesiteInvalid, makeCookie({ sameSite: "unspecified" }), {
		role,
		header: header(value),
	});
	expect(finding?.severity).toBe(severity);
});

test("cookies read from a browser jar (no header) are not checked", () => {
	expect(findingOf(samesiteInvalid, makeCookie({ sameSite: "unspecified" }))).toBeUndefined();
});
