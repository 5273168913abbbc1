import { describe, expect, test } from "vitest";
import { salvageSettings } from "./salvage-settings.ts";

describe("salvageSettings", () => {
	test("a valid record comes back whole, with nothing dropped", () => {
		const { settings, dropped } = salvageSettings({ badge: false, ignore: [{ name: "_ga*" }] });
		expect(settings.badge).toBe(false);
		expect(settings.ignore).toEqual([{ name: "_ga*" }]);
		expect(dropped).toEqual([]);
	});

	test("a refused list entry is left out and named; the other entries and keys are kept", () => {
		const { settings, dropped } = salvageSettings({
			badge: false,
			maxSessionLifetimeDays: 7,
			ignore: [{ name: "_ga*" }, { name: "/(a)\\1/" }, { name: "_fbp" }],
		});
		expect(settings.badge).toBe(false);
		expect(settings.maxSessionLifetimeDays).toBe(7);
		expect(settings.ignore).toEqual([{ name: "_ga*" }, { name: "_fbp" }]);
		expect(dropped.map((i) => i.path)).toEqual(["ignore[1].name"]);
		expect(dropped[0]?.message).toContain("ignore[1].name");
		expect(dropped[0]?.message).toContain("backreference");
	});

	test("a refused single value falls back to its default alone", () => {
		const { settings, dropped } = salvageSettings({ badge: "yes", maskValues: false });
		expect(settings.badge).toBe(true);
		expect(settings.maskValues).toBe(false);
		expect(dropped.map((i) => i.path)).toEqual(["badge"]);
	});

	test("a record that is not an object yields the defaults and says why", () => {
		const { settings, dropped } = salvageSettings(["not", "settings"]);
		expect(settings.badge).toBe(true);
		expect(dropped).toHaveLength(1);
	});
});
