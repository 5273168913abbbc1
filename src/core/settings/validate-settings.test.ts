import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { applyManaged } from "./apply-managed.ts";
import { parseSettingsFile } from "./parse-settings-file.ts";
import { DEFAULT_SETTINGS } from "./settings.ts";
import { settingsFileText } from "./settings-file-text.ts";
import { ajvValidate } from "./testing/schema-ajv.ts";
import { defaultSettings, validateSettings } from "./validate-settings.ts";

const messages = (input: unknown) => {
	const result = validateSettings(input);
	return result.ok ? [] : result.issues.map((i) => i.message);
};

describe("validateSettings names the bad field", () => {
	test.each<[unknown, string]>([
		[
			{ ignore: [{ name: "a" }, { name: "b" }, { name: "/(/" }] },
			"ignore[2].name: invalid regular expression /(/",
		],
		[
			{ roleOverrides: [{ name: "a", role: "admin" }] },
			'roleOverrides[0].role must be one of session, csrf, other (got "admin")',
		],
		[{ roleOverrides: [{ name: "a", role: "other", scope: "x" }] }, 'roleOverrides[0]: unknown key "scope"'],
		[{ roleOverrides: [{ role: "other" }] }, "roleOverrides[0].name is missing"],
		[{ ignore: [{ name: "a", site: "https://x.com" }] }, "ignore[0].site must be a site such as example.com"],
		[{ ignore: [{ name: "a", rule: "missing-secrue" }] }, 'ignore[0].rule: unknown rule "missing-secrue"'],
		[{ severityOverrides: { nope: "off" } }, 'severityOverrides: unknown rule "nope"'],
		[
			{ severityOverrides: { "weak-token": "critical" } },
			"severityOverrides.weak-token must be one of high, medium, low, info, off",
		],
		[{ sessionPatterns: ["a".repeat(201)] }, "sessionPatterns[0] is too long: at most 200 characters"],
		[{ sessionPatterns: Array(201).fill("a") }, "sessionPatterns has too many entries: 201 (at most 200)"],
		[{ maxSessionLifetimeDays: 4000 }, "maxSessionLifetimeDays must be at most 3650 (got 4000)"],
		[{ minTokenEntropyBits: -1 }, "minTokenEntropyBits must be a number of bits (0 or more) (got number -1)"],
		[{ colour: "red" }, 'unknown setting "colour" (known: sessionPatterns, roleOverrides, ignore'],
		[[], "the settings must be an object (got an array)"],
	])("%j → %s", (input, message) => {
		expect(messages(input)[0]).toContain(message);
	});

	test("reports every bad field in one pass, and no settings", () => {
		const result = validateSettings({ badge: 1, maskValues: "no", ignore: [{ name: "/(/" }, { name: 2 }] });
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
			"badge",
			"maskValues",
			"ignore[0].name",
			"ignore[1].name",
		]);
	});

	test("stops listing after 20 issues, however bad the file", () => {
		expect(messages({ sessionPatterns: Array(200).fill(1) })).toHaveLength(20);
	});

	test("merges over a fresh copy of the defaults and drops comments", () => {
		const result = validateSettings({
			$comment: "x",
			severityOverrides: { $comment: "y", oversized: "off" },
			ignore: [{ $comment: "z", name: "a" }],
		});
		expect(result).toEqual({
			ok: true,
			settings: { ...DEFAULT_SETTINGS, severityOverrides: { oversized: "off" }, ignore: [{ name: "a" }] },
		});
		if (result.ok) result.settings.sessionPatterns.push("x");
		expect(DEFAULT_SETTINGS.sessionPatterns).toEqual([]);
	});

	test("an own knownRules set narrows the rule ids", () => {
		expect(
			validateSettings(
				{ ignore: [{ name: "a", rule: "oversized" }] },
				{ knownRules: new Set(["weak-token"]) },
			).ok,
		).toBe(false);
	});
});

describe("parseSettingsFile", () => {
	test("refuses a file over 64 KiB before parsing it", () => {
		const big = JSON.stringify({ $comment: "x".repeat(70_000) });
		expect(parseSettingsFile(big)).toEqual({
			ok: false,
			issues: [
				{ path: "", message: expect.stringMatching(/^the file is too large: \d+ bytes \(at most 65536\)$/) },
			],
		});
	});

	test("counts bytes, not characters", () => {
		const text = JSON.stringify({ $comment: "é".repeat(33_000) });
		expect(text.length).toBeLessThan(65_536);
		expect(parseSettingsFile(text).ok).toBe(false);
	});

	test("a file that is not JSON says so", () => {
		const result = parseSettingsFile("{ nope");
		expect(result.ok ? "" : result.issues[0]?.message).toMatch(/^the file is not JSON: /);
	});

	test("an exported file reads back as the same settings, and the schema accepts it", () => {
		const settings = {
			...defaultSettings(),
			sessionPatterns: ["/^x/i"],
			ignore: [{ name: "a", site: "b.test", rule: "oversized" }],
			badge: false,
		};
		const text = settingsFileText(settings, "Exported by Session Hygiene 0.1.0");
		expect(parseSettingsFile(text)).toEqual({ ok: true, settings });
		expect(ajvValidate(JSON.parse(text))).toBe(true);
	});

	test("docs/settings.example.json is valid for both validators and changes every setting", () => {
		const text = readFileSync(new URL("../../../docs/settings.example.json", import.meta.url), "utf8");
		const result = parseSettingsFile(text);
		expect(result.ok ? [] : result.issues).toEqual([]);
		expect(ajvValidate(JSON.parse(text))).toBe(true);
		if (!result.ok) return;
		for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[]) {
			expect(result.settings[key], key).not.toEqual(DEFAULT_SETTINGS[key]);
		}
	});
});

describe("applyManaged", () => {
	const user = { ...defaultSettings(), sessionPatterns: ["mine"], badge: false };

	test("managed keys win and are locked; the user's others stay", () => {
		const result = applyManaged(user, { sessionPatterns: ["corp_*"], maxSessionLifetimeDays: 1 });
		expect(result.settings).toEqual({ ...user, sessionPatterns: ["corp_*"], maxSessionLifetimeDays: 1 });
		expect(result.locked).toEqual(["sessionPatterns", "maxSessionLifetimeDays"]);
		expect(result.issues).toEqual([]);
	});

	test("a bad managed value is reported and skipped, the good ones still apply", () => {
		const result = applyManaged(user, { badge: "yes", minTokenEntropyBits: 64, nonsense: 1 });
		expect(result.settings).toEqual({ ...user, minTokenEntropyBits: 64 });
		expect(result.locked).toEqual(["minTokenEntropyBits"]);
		expect(result.issues.map((i) => i.path)).toEqual(["badge", "nonsense"]);
	});

	test("each managed value is read, and so validated, once; locked keys keep the settings' order", () => {
		const reads: string[] = [];
		const counted = (key: string, value: unknown) => ({
			enumerable: true,
			get: () => {
				reads.push(key);
				return value;
			},
		});
		const managed = Object.defineProperties({} as Record<string, unknown>, {
			badge: counted("badge", true),
			sessionPatterns: counted("sessionPatterns", ["corp_*"]),
			maskValues: counted("maskValues", "no"),
		});
		const result = applyManaged(user, managed);
		expect(reads).toEqual(["badge", "sessionPatterns", "maskValues"]);
		expect(result.locked).toEqual(["sessionPatterns", "badge"]);
		expect(result.issues.map((i) => i.path)).toEqual(["maskValues"]);
	});

	test.each([undefined, null, [], "x"])("no managed storage (%j) changes nothing", (managed) => {
		expect(applyManaged(user, managed)).toEqual({ settings: user, locked: [], issues: [] });
	});
});
