import { describe, expect, test } from "vitest";
import { matchesName } from "../core/roles/name-pattern.ts";
import { DEFAULT_SETTINGS } from "../core/settings/settings.ts";
import { exactNamePattern, withRoleOverride } from "./role-override.ts";

describe("marking a cookie's role", () => {
	test("adds one override for the name on the site", () => {
		const s = withRoleOverride(DEFAULT_SETTINGS, "sid", "example.test", "other");
		expect(s.roleOverrides).toEqual([{ name: "sid", site: "example.test", role: "other" }]);
	});

	test("replaces an earlier mark of the same name and site, keeps others", () => {
		const first = withRoleOverride(DEFAULT_SETTINGS, "sid", "example.test", "other");
		const other = withRoleOverride(first, "sid", "other.test", "other");
		const again = withRoleOverride(other, "sid", "example.test", "session");
		expect(again.roleOverrides).toEqual([
			{ name: "sid", site: "other.test", role: "other" },
			{ name: "sid", site: "example.test", role: "session" },
		]);
	});

	test.each(["a*b", "/x/", "we.ird(name)", "plain"])(
		"matches exactly the name %s and nothing wider",
		(name) => {
			const pattern = exactNamePattern(name);
			expect(matchesName(pattern, name)).toBe(true);
			expect(matchesName(pattern, `${name}x`)).toBe(false);
			expect(matchesName(pattern, "aXb")).toBe(false);
		},
	);
});
