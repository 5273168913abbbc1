// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings/settings.ts";
import type { SettingsView } from "../core/settings/settings-view.ts";
import { englishTranslate } from "../ui/common/i18n.ts";
import { OptionsApp } from "./options-app.tsx";
import { createFakeClient } from "./testing/fake-client.ts";

afterEach(cleanup);

const OWN: Settings = {
	...DEFAULT_SETTINGS,
	sessionPatterns: ["auth_*"],
	ignore: [{ name: "_ga", rule: "missing-secure" }],
	maxSessionLifetimeDays: 14,
};
const viewOf = (own: Settings): SettingsView => ({
	own,
	effective: own,
	locked: [],
	managedIssues: [],
	droppedIssues: [],
});

/** The options page over a background that keeps what it is sent. */
function renderOptions(initial: SettingsView = viewOf(OWN)) {
	let view = initial;
	const fake = createFakeClient({
		getSettingsView: () => view,
		setSettings: ({ settings }) => {
			view = { ...view, own: settings, effective: settings };
			return settings;
		},
		getUserSecrets: () => ({ count: 0 }),
		setUserSecrets: ({ text }) => ({ count: text.split("\n").filter((l) => l !== "").length }),
	});
	const result = render(<OptionsApp translate={englishTranslate} client={fake.client} />);
	return { ...result, calls: fake.calls };
}

const section = (container: ParentNode, name: string) =>
	container.querySelector<HTMLFieldSetElement>(`fieldset[data-setting=${name}]`) as HTMLFieldSetElement;
const field = (container: ParentNode, path: string) =>
	container.querySelector<HTMLInputElement>(`[data-path='${path}']`) as HTMLInputElement;

describe("the options page", () => {
	test("shows every setting as the background has it", async () => {
		const { container } = renderOptions();
		await screen.findByRole("form", { name: "Settings" });
		expect([...container.querySelectorAll("legend")].map((l) => l.textContent)).toEqual([
			"Session name patterns",
			"Role overrides",
			"Ignore list",
			"Maximum session lifetime",
			"Minimum token entropy",
			"Severity per rule",
			"Value masking",
			"Toolbar badge",
		]);
		expect(field(container, "sessionPatterns[0]").value).toBe("auth_*");
		expect(field(container, "ignore[0].name").value).toBe("_ga");
		expect(field(container, "ignore[0].rule").value).toBe("missing-secure");
		expect(screen.getByRole("textbox", { name: "Days" })).toHaveProperty("value", "14");
		expect(screen.getByRole("textbox", { name: "Bits" })).toHaveProperty("value", "128");
		expect(screen.getByRole("checkbox", { name: "Mask cookie values until revealed" })).toHaveProperty(
			"checked",
			true,
		);
	});

	test("an edited field is saved: the background gets the whole new settings, and the page says Saved", async () => {
		const { calls } = renderOptions();
		const days = await screen.findByRole("textbox", { name: "Days" });
		fireEvent.input(days, { target: { value: "7" } });
		fireEvent.click(screen.getByRole("checkbox", { name: /^Show the count of high and medium findings/ }));
		fireEvent.click(screen.getByRole("button", { name: "Save" }));
		await screen.findByText("Saved.");
		// The settings' conversation ("Your secrets" asks for its count on its own).
		expect(calls.filter(([type]) => type !== "getUserSecrets")).toEqual([
			["getSettingsView", {}],
			[
				"setSettings",
				{
					settings: {
						sessionPatterns: ["auth_*"],
						roleOverrides: [],
						ignore: [{ name: "_ga", rule: "missing-secure" }],
						maxSessionLifetimeDays: 7,
						minTokenEntropyBits: 128,
						severityOverrides: {},
						maskValues: true,
						badge: false,
					},
				},
			],
			["getSettingsView", {}],
		]);
	});

	test("a value the validator refuses is named at its field and nothing is sent", async () => {
		const { container, calls } = renderOptions();
		fireEvent.input(await screen.findByRole("textbox", { name: "Days" }), { target: { value: "soon" } });
		fireEvent.click(screen.getByRole("button", { name: "Save" }));
		const alert = await screen.findByRole("alert");
		expect(alert.textContent).toBe(
			'Not saved; please fix:maxSessionLifetimeDays must be a number of days (0 or more) (got "soon")',
		);
		expect(field(container, "maxSessionLifetimeDays").getAttribute("aria-invalid")).toBe("true");
		expect(calls.map(([type]) => type)).toEqual(["getSettingsView"]);
	});

	test("settings locked by policy show the administrator's value, disabled and labelled, and saving keeps the user's own", async () => {
		const locked: SettingsView = {
			own: OWN,
			effective: { ...OWN, maxSessionLifetimeDays: 3, badge: false },
			locked: ["maxSessionLifetimeDays", "badge"],
			droppedIssues: [],
			managedIssues: [
				{ path: "minTokenEntropyBits", message: 'minTokenEntropyBits must be a number (got "lots")' },
			],
		};
		const { container, calls } = renderOptions(locked);
		await screen.findByRole("form", { name: "Settings" });
		const days = section(container, "maxSessionLifetimeDays");
		expect(days.disabled).toBe(true);
		expect(days.querySelector("legend")?.textContent).toBe(
			"Maximum session lifetime 🔒 set by your organisation",
		);
		expect(field(container, "maxSessionLifetimeDays").value).toBe("3");
		expect(field(container, "badge").checked).toBe(false);
		expect(section(container, "minTokenEntropyBits").disabled).toBe(false);
		const policy = screen.getByRole("alert");
		expect(policy.textContent).toBe(
			"Your administrator's policy has values that were ignored:" +
				'minTokenEntropyBits must be a number (got "lots")',
		);
		fireEvent.input(field(container, "minTokenEntropyBits"), { target: { value: "96" } });
		fireEvent.click(screen.getByRole("button", { name: "Save" }));
		await screen.findByText("Saved.");
		const saved = calls.find(([type]) => type === "setSettings")?.[1] as { settings: Settings };
		expect(saved.settings.minTokenEntropyBits).toBe(96);
		expect(saved.settings.maxSessionLifetimeDays).toBe(14);
		expect(saved.settings.badge).toBe(true);
	});
});

describe("importing a settings file", () => {
	const choose = (container: ParentNode, text: string, name = "team.json") => {
		const input = container.querySelector<HTMLInputElement>("input[data-import]") as HTMLInputElement;
		fireEvent.change(input, { target: { files: [new File([text], name, { type: "application/json" })] } });
	};

	test("an invalid file is refused with every issue listed, and nothing is sent", async () => {
		const { container, calls } = renderOptions();
		await screen.findByRole("form", { name: "Settings" });
		choose(container, JSON.stringify({ maxSessionLifetimeDays: -1, badge: "yes", colour: "red" }));
		const refused = await screen.findByRole("alert");
		expect(refused.textContent?.startsWith("The file was not imported; nothing was changed:")).toBe(true);
		expect(
			within(refused)
				.getAllByRole("listitem")
				.map((li) => li.textContent),
		).toEqual([
			"maxSessionLifetimeDays must be a number of days (0 or more) (got number -1)",
			'badge must be true or false (got "yes")',
			'unknown setting "colour" (known: sessionPatterns, roleOverrides, ignore, maxSessionLifetimeDays, minTokenEntropyBits, severityOverrides, maskValues, badge)',
		]);
		expect(calls.map(([type]) => type)).toEqual(["getSettingsView"]);
	});

	test("a file that is not JSON says so", async () => {
		const { container } = renderOptions();
		await screen.findByRole("form", { name: "Settings" });
		choose(container, "{ not json");
		const refused = await screen.findByRole("alert");
		expect(within(refused).getAllByRole("listitem")[0]?.textContent).toMatch(/^the file is not JSON: /);
	});

	test("a valid file replaces the settings and names the file", async () => {
		const { container, calls } = renderOptions();
		await screen.findByRole("form", { name: "Settings" });
		choose(container, JSON.stringify({ sessionPatterns: ["sid_*"], badge: false }));
		await screen.findByText("Imported the settings of team.json.");
		await waitFor(() => expect(field(container, "sessionPatterns[0]").value).toBe("sid_*"));
		expect(calls[1]).toEqual([
			"setSettings",
			{ settings: { ...DEFAULT_SETTINGS, sessionPatterns: ["sid_*"], badge: false } },
		]);
	});
});

describe("your secrets", () => {
	test("an imported file goes to the background as it is; the page shows the count, never a secret", async () => {
		const { container, calls } = renderOptions();
		await screen.findByText("Secrets of yours checked: 0.");
		const input = container.querySelector<HTMLInputElement>("input[data-import-secrets]") as HTMLInputElement;
		const file = new File(["our-staging-2026\nold-prod-secret\n"], "secrets.txt", { type: "text/plain" });
		Object.defineProperty(input, "files", { value: [file], configurable: true });
		fireEvent.change(input);
		await screen.findByText("Secrets of yours checked: 2.");
		expect(calls.filter(([type]) => type === "setUserSecrets")).toEqual([
			["setUserSecrets", { text: "our-staging-2026\nold-prod-secret\n" }],
		]);
		expect(container.textContent).not.toContain("our-staging-2026");
		fireEvent.click(screen.getByRole("button", { name: "Remove your secrets" }));
		await screen.findByText("Secrets of yours checked: 0.");
	});
});
