/** Name patterns that cannot run in linear time are refused by name, on every path settings take. */
import { describe, expect, test } from "vitest";
import { applyManaged } from "./apply-managed.ts";
import { parseSettingsFile } from "./parse-settings-file.ts";
import { defaultSettings, validateSettings } from "./validate-settings.ts";

const NOT_LINEAR = "which Session Hygiene does not run: name patterns must run in linear time";

const messages = (input: unknown) => {
	const result = validateSettings(input);
	return result.ok ? [] : result.issues.map((i) => i.message);
};

describe("validation refuses what the linear-time engine cannot run", () => {
	test.each<[unknown, string]>([
		[
			{ ignore: [{ name: "a" }, { name: "b" }, { name: "/(a)\\1/" }] },
			`ignore[2].name: /(a)\\1/ uses a backreference, ${NOT_LINEAR}`,
		],
		[
			{ sessionPatterns: ["sid", "/^(?!tmp_)/"] },
			`sessionPatterns[1]: /^(?!tmp_)/ uses a lookahead, ${NOT_LINEAR}`,
		],
		[
			{ roleOverrides: [{ name: "/(?<=x_)id$/i", role: "other" }] },
			`roleOverrides[0].name: /(?<=x_)id$/i uses a lookbehind, ${NOT_LINEAR}`,
		],
		[
			{ sessionPatterns: ["/sid\\z/"] },
			"sessionPatterns[0]: /sid\\z/ uses \\z, which JavaScript and the linear-time engine that runs name patterns read differently",
		],
		[
			{ sessionPatterns: ["/a{1001}/"] },
			"sessionPatterns[0]: /a{1001}/ is refused by the linear-time engine that runs name patterns (invalid repeat count: `{1001}`)",
		],
		[{ sessionPatterns: ["/(/"] }, "sessionPatterns[0]: invalid regular expression /(/"],
	])("%j: %s", (input, message) => {
		expect(messages(input)).toEqual([message]);
	});

	test("catastrophic-looking patterns are accepted: they run in linear time", () => {
		const input = { sessionPatterns: ["/(a+)+$/", "/(a|aa)+$/"], ignore: [{ name: "*_*_*_sid" }] };
		expect(messages(input)).toEqual([]);
	});

	test("a settings file with a backreference is refused whole", () => {
		const result = parseSettingsFile(JSON.stringify({ badge: false, sessionPatterns: ["/(s)\\1id/"] }));
		expect(result).toEqual({
			ok: false,
			issues: [
				{
					path: "sessionPatterns[0]",
					message: `sessionPatterns[0]: /(s)\\1id/ uses a backreference, ${NOT_LINEAR}`,
				},
			],
		});
	});
});

describe("a managed policy with such a pattern", () => {
	test("is ignored and named; its other keys still apply", () => {
		const user = { ...defaultSettings(), ignore: [{ name: "mine" }] };
		const result = applyManaged(user, { ignore: [{ name: "/(?<x>a)\\k<x>/" }], maxSessionLifetimeDays: 2 });
		expect(result.settings).toEqual({ ...user, maxSessionLifetimeDays: 2 });
		expect(result.locked).toEqual(["maxSessionLifetimeDays"]);
		expect(result.issues).toEqual([
			{
				path: "ignore[0].name",
				message: `ignore[0].name: /(?<x>a)\\k<x>/ uses a backreference, ${NOT_LINEAR}`,
			},
		]);
	});
});
