/**
 * The hand-written validator and docs/settings.schema.json (through ajv) accept and refuse exactly the same
 * files: over a table of good and bad inputs, and over generated ones.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RULES } from "../rules/catalogue.ts";
import { SETTINGS_LIMITS } from "./limits.ts";
import { DEFAULT_SETTINGS } from "./settings.ts";
import { ajvValidate, SCHEMA } from "./testing/schema-ajv.ts";
import { BAD_INPUTS, GOOD_INPUTS } from "./testing/settings-inputs.ts";
import { validateSettings } from "./validate-settings.ts";

function verdicts(input: unknown) {
	const ours = validateSettings(input);
	return { ours: ours.ok, ajv: ajvValidate(input), issues: ours.ok ? [] : ours.issues.map((i) => i.message) };
}

describe("the schema and the validator agree", () => {
	test.each(GOOD_INPUTS)("both accept %s", (_, input) => {
		expect(verdicts(input)).toEqual({ ours: true, ajv: true, issues: [] });
	});

	test.each(BAD_INPUTS)("both refuse %s", (_, input) => {
		const v = verdicts(input);
		expect({ ours: v.ours, ajv: v.ajv }).toEqual({ ours: false, ajv: false });
	});

	test("on generated files mixing valid and invalid pieces", () => {
		fc.assert(
			fc.property(settingsLike(), (input) => {
				const v = verdicts(input);
				expect(v.ours, JSON.stringify({ input, ajv: ajvValidate.errors, ours: v.issues })).toBe(v.ajv);
			}),
			{ numRuns: 1500 },
		);
	});

	test("the schema names every rule of the catalogue, and only those", () => {
		expect(SCHEMA.$defs.ruleId?.enum).toEqual(RULES.map((r) => r.id));
	});

	test("the schema states the validator's limits and defaults", () => {
		const p = SCHEMA.properties;
		expect(p.sessionPatterns?.maxItems).toBe(SETTINGS_LIMITS.listItems);
		expect(p.ignore?.maxItems).toBe(SETTINGS_LIMITS.listItems);
		expect(p.roleOverrides?.maxItems).toBe(SETTINGS_LIMITS.listItems);
		expect(SCHEMA.$defs.namePattern?.maxLength).toBe(SETTINGS_LIMITS.patternLength);
		expect(SCHEMA.$defs.site?.maxLength).toBe(SETTINGS_LIMITS.siteLength);
		expect(p.maxSessionLifetimeDays?.maximum).toBe(SETTINGS_LIMITS.maxLifetimeDays);
		expect(p.minTokenEntropyBits?.maximum).toBe(SETTINGS_LIMITS.maxEntropyBits);
		const defaults = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, p[k]?.default]));
		expect(defaults).toEqual(DEFAULT_SETTINGS);
	});
});

/** Values that are sometimes right, sometimes subtly wrong, for every place of the shape. */
function settingsLike() {
	const pattern = fc.oneof(
		fc.constantFrom(
			"sid",
			"_ga*",
			"/^tok_/i",
			"/(/",
			"",
			"/a/x",
			"/a/gy",
			"/(a)\\1/",
			"/a(?=b)/",
			"/(a+)+$/",
			"a".repeat(200),
			"a".repeat(201),
			"😀".repeat(150),
		),
		fc.string({ maxLength: 8 }),
		fc.integer(),
	);
	const site = fc.constantFrom("example.com", "a b", "https://x.com", "localhost", "", "*.x.com", 3, "[::1]");
	const rule = fc.constantFrom(...RULES.slice(0, 4).map((r) => r.id), "nope", "$comment", 1);
	const comment = fc.constantFrom("why", "", 5, "c".repeat(2001));
	const entry = fc.record(
		{
			name: pattern,
			site,
			rule,
			role: fc.constantFrom("session", "csrf", "other", "admin"),
			$comment: comment,
			extra: fc.constant(1),
		},
		{ requiredKeys: [] },
	);
	const list = <T>(item: fc.Arbitrary<T>) => fc.oneof(fc.array(item, { maxLength: 4 }), fc.constant("x"));
	const number = fc.oneof(
		fc.double({ min: -10, max: 5000, noNaN: true }),
		fc.constantFrom("30", null, 3650, 3650.5),
	);
	const level = fc.constantFrom("high", "off", "critical", 2);
	return fc.record(
		{
			sessionPatterns: list(pattern),
			roleOverrides: list(entry),
			ignore: list(entry),
			maxSessionLifetimeDays: number,
			minTokenEntropyBits: number,
			severityOverrides: fc.oneof(fc.dictionary(rule.map(String), level, { maxKeys: 3 }), fc.constant([])),
			maskValues: fc.constantFrom(true, false, "no", 0),
			badge: fc.constantFrom(true, false, null),
			$comment: comment,
			colour: fc.constant("red"),
		},
		{ requiredKeys: [] },
	);
}
