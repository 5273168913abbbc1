import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS } from "../../core/settings/settings.ts";
import { validateSettings } from "./validate-settings.ts";

const RULE_IDS = new Set(["missing-secure", "weak-token"]);

describe("validateSettings", () => {
	test("an empty object is the defaults, as a copy", () => {
		const settings = validateSettings({}, RULE_IDS);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		settings.ignore.push({ name: "x" });
		expect(DEFAULT_SETTINGS.ignore).toEqual([]);
	});

	test("merges every field over the defaults", () => {
		const file = {
			sessionPatterns: ["my_sess*", "/^tok_/i"],
			roleOverrides: [
				{ name: "pref", role: "other" },
				{ name: "auth", site: "example.com", role: "session" },
			],
			ignore: [{ name: "_ga*" }, { name: "sid", site: "example.com", rule: "weak-token" }],
			maxSessionLifetimeDays: 7,
			minTokenEntropyBits: 96,
			severityOverrides: { "missing-secure": "off", "weak-token": "medium" },
			maskValues: false,
			badge: false,
		};
		expect(validateSettings(file, RULE_IDS)).toEqual(file);
		expect(validateSettings({ maxSessionLifetimeDays: 1 }, RULE_IDS)).toEqual({
			...DEFAULT_SETTINGS,
			maxSessionLifetimeDays: 1,
		});
	});

	test.each<[unknown, string]>([
		[[], "the settings must be an object (got an array)"],
		[null, "the settings must be an object (got null)"],
		[{ colour: "red" }, 'unknown setting "colour"'],
		[{ sessionPatterns: "sid" }, 'sessionPatterns must be an array (got "sid")'],
		[{ sessionPatterns: [1] }, "sessionPatterns[0] must be a name pattern (got number 1)"],
		[{ sessionPatterns: ["/(/"] }, "sessionPatterns[0]: invalid regular expression /(/"],
		[
			{ roleOverrides: [{ name: "a", role: "admin" }] },
			"roleOverrides[0].role must be one of session, csrf, other",
		],
		[{ roleOverrides: [{ role: "other" }] }, "roleOverrides[0].name is missing"],
		[{ roleOverrides: [{ name: "a", role: "other", scope: "x" }] }, 'roleOverrides[0]: unknown key "scope"'],
		[{ ignore: [{ name: "a", site: 3 }] }, "ignore[0].site must be a site (got number 3)"],
		[{ ignore: [{ name: "a", rule: "missing-secrue" }] }, 'ignore[0].rule: unknown rule "missing-secrue"'],
		[
			{ maxSessionLifetimeDays: "30" },
			'maxSessionLifetimeDays must be a number of days (0 or more) (got "30")',
		],
		[{ minTokenEntropyBits: -1 }, "minTokenEntropyBits must be a number of bits (0 or more) (got number -1)"],
		[
			{ severityOverrides: { "weak-token": "critical" } },
			"severityOverrides.weak-token must be one of high, medium, low, info, off",
		],
		[{ severityOverrides: { nope: "off" } }, 'severityOverrides: unknown rule "nope"'],
		[{ maskValues: "no" }, "maskValues must be true or false"],
		[{ badge: 1 }, "badge must be true or false (got number 1)"],
		[{ badge: 1, maskValues: 0 }, "badge must be true or false (got number 1) (and 1 more)"],
		[{ sessionPatterns: ["x".repeat(201)] }, "sessionPatterns[0] is too long: at most 200 characters"],
	])("%j is refused naming the field", (raw, message) => {
		expect(() => validateSettings(raw, RULE_IDS)).toThrow(message);
	});
});
