// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, test } from "vitest";
import type { CookieReport } from "../../core/report.ts";
import { GA, GUESSED, recordingActions, SESSIONID } from "../testing/fixture-tab.ts";
import { renderWithClock } from "../testing/render-popup.tsx";
import { CookieRow } from "./cookie-row.tsx";
import type { CookieRowActions } from "./cookie-row-actions.ts";

afterEach(cleanup);

function renderRow(cookie: CookieReport, detailsOf?: CookieRowActions["detailsOf"]) {
	const { actions, calls } = recordingActions();
	const { clearCookies, expireCookies, markRole, copyText } = actions;
	const rowActions = { clearCookies, expireCookies, markRole, copyText, ...(detailsOf ? { detailsOf } : {}) };
	const result = renderWithClock(
		<ul>
			<CookieRow cookie={cookie} site="example.test" rowId="r" actions={rowActions} />
		</ul>,
	);
	const row = result.container.querySelector("li.cookie") as HTMLElement;
	return { ...result, calls, row };
}

const expand = () => fireEvent.click(screen.getByRole("button", { expanded: false }));

describe("a guessed role on the cookie's row", () => {
	test("is marked next to the role, and the row asks whether it is a login cookie", () => {
		const { row } = renderRow(GUESSED);
		expect(row.querySelector(".role")?.textContent).toBe("session guess");
		expect(row.querySelector("[data-role-guess]")?.textContent).toBe("guess");
		const question = screen.getByRole("group", { name: "Is this a login cookie?" });
		expect(
			within(question)
				.getAllByRole("button")
				.map((b) => b.textContent),
		).toEqual(["Mark as session", "Not a session"]);
	});

	test.each([
		["Mark as session", "session"],
		["Not a session", "other"],
	])("answered with %s, saves the role override for the name on this site", (label, role) => {
		const { calls } = renderRow(GUESSED);
		const question = screen.getByRole("group", { name: "Is this a login cookie?" });
		fireEvent.click(within(question).getByRole("button", { name: label }));
		expect(calls).toEqual([["markRole", GUESSED, "example.test", role]]);
	});

	test("answers are buttons of their own, reachable with the keyboard", () => {
		renderRow(GUESSED);
		const question = screen.getByRole("group", { name: "Is this a login cookie?" });
		const buttons = within(question).getAllByRole("button");
		expect(buttons.map((b) => [b.tagName, b.getAttribute("type"), b.tabIndex])).toEqual([
			["BUTTON", "button", 0],
			["BUTTON", "button", 0],
		]);
	});

	test.each([
		["a likely session", SESSIONID],
		["a known cookie", GA],
		[
			"a cookie the user marked",
			{ ...GUESSED, roleConfidence: "known", roleReason: 'your role override "zq7" on example.test' },
		],
	] as const)("%s is neither marked nor asked about", (_, cookie) => {
		const { row } = renderRow(cookie);
		expect(row.querySelector("[data-role-guess]")).toBeNull();
		expect(screen.queryByRole("group", { name: "Is this a login cookie?" })).toBeNull();
	});
});

describe("a cookie's details", () => {
	test("give the role with its confidence and reason", () => {
		renderRow(GUESSED);
		expand();
		expect(document.querySelector(".details [data-confidence]")?.textContent).toBe(
			"session · guess — value is an opaque random token (about 258 bits) under an unknown name; HttpOnly",
		);
	});

	test("say what known-cookie data says: platform and category at once, the description once asked", async () => {
		const detailsOf = async () => ({
			findings: GA.findings,
			history: [],
			knownAs: {
				platform: "Google Analytics",
				category: "analytics" as const,
				description: "ID used to identify users",
			},
		});
		renderRow(GA, detailsOf);
		expand();
		const known = document.querySelector("[data-known-as]") as HTMLElement;
		expect(known.querySelector("[data-known-platform]")?.textContent).toBe("Google Analytics · analytics");
		await screen.findByText("— ID used to identify users", { exact: false });
		expect(known.textContent).toBe("Known as Google Analytics · analytics — ID used to identify users");
		expect(document.querySelector(".details [data-confidence]")?.textContent).toBe(
			"other · known — analytics cookie of Google Analytics (Open Cookie Database)",
		);
	});

	test("of a cookie the data does not know have no known-as line", () => {
		renderRow(SESSIONID);
		expand();
		expect(document.querySelector("[data-known-as]")).toBeNull();
	});
});
