// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, test } from "vitest";
import { englishTranslate } from "../../ui/common/i18n.ts";
import { createFakeClient, type Handlers } from "../testing/fake-client.ts";
import { NOW, OVERVIEW, REPLY } from "../testing/fixture-overview.ts";
import { OverviewApp } from "./overview-app.tsx";

afterEach(cleanup);

function renderOverview(handlers: Handlers = {}) {
	const fake = createFakeClient({
		getOverview: () => OVERVIEW,
		logoutSites: () => REPLY,
		clearOldSessions: () => REPLY,
		...handlers,
	});
	const result = render(<OverviewApp translate={englishTranslate} client={fake.client} />);
	return { ...result, calls: fake.calls };
}

/** Each row as the user reads it: name, grade, sessions, cookies, worst finding, oldest session. */
const rows = (container: ParentNode) =>
	[...container.querySelectorAll<HTMLTableRowElement>("tbody tr")].map((tr) =>
		[...tr.cells].slice(1).map((c) => c.textContent),
	);
const names = (container: ParentNode) => rows(container).map((r) => r[0]);
const loaded = () => screen.findByRole("table", { name: "Sites with cookies, by cookie store" });

describe("the overview's table", () => {
	test("lists a row per site and store, worst grade first, with totals", async () => {
		const { container } = renderOverview();
		await loaded();
		expect(screen.getByText("4 sites, 12 cookies, 2 cookie stores")).toBeTruthy();
		expect(rows(container)).toEqual([
			["example.test (0)", "F", "3", "7", "high · missing-httponly (sessionid)", "3 d"],
			["example.test (firefox-container-1)", "C", "1", "2", "none", "40 d"],
			["thirdparty.test (0)", "B", "1", "2", "medium · samesite-none (widget_session)", "2 h"],
			["news.test (0)", "A+", "0", "1", "none", "—"],
		]);
	});

	test("a column header sorts by it, and a second click turns the order around", async () => {
		const { container } = renderOverview();
		await loaded();
		fireEvent.click(screen.getByRole("button", { name: "Site" }));
		expect(names(container)).toEqual([
			"example.test (0)",
			"example.test (firefox-container-1)",
			"news.test (0)",
			"thirdparty.test (0)",
		]);
		expect(screen.getByRole("columnheader", { name: /^Site/ }).getAttribute("aria-sort")).toBe("ascending");
		fireEvent.click(screen.getByRole("button", { name: /^Site/ }));
		expect(names(container)[0]).toBe("thirdparty.test (0)");
		expect(screen.getByRole("columnheader", { name: /^Site/ }).getAttribute("aria-sort")).toBe("descending");
		fireEvent.click(screen.getByRole("button", { name: "Oldest session (first seen)" }));
		expect(names(container)).toEqual([
			"example.test (firefox-container-1)",
			"example.test (0)",
			"thirdparty.test (0)",
			"news.test (0)",
		]);
	});

	test("filters by name, by store and to sites with sessions", async () => {
		const { container } = renderOverview();
		await loaded();
		fireEvent.input(screen.getByRole("searchbox", { name: "Filter sites" }), {
			target: { value: "EXAMPLE" },
		});
		expect(names(container)).toEqual(["example.test (0)", "example.test (firefox-container-1)"]);
		fireEvent.change(screen.getByRole("combobox", { name: "Cookie store" }), {
			target: { value: "firefox-container-1" },
		});
		expect(names(container)).toEqual(["example.test (firefox-container-1)"]);
		fireEvent.input(screen.getByRole("searchbox"), { target: { value: "" } });
		fireEvent.change(screen.getByRole("combobox", { name: "Cookie store" }), { target: { value: "" } });
		fireEvent.click(screen.getByRole("checkbox", { name: "only sites with sessions" }));
		expect(names(container)).toEqual([
			"example.test (0)",
			"example.test (firefox-container-1)",
			"thirdparty.test (0)",
		]);
	});

	test("a background that cannot build the overview shows its error; no sites says so", async () => {
		renderOverview({
			getOverview: () => {
				throw new Error("storage.session is unavailable");
			},
		});
		expect((await screen.findByRole("alert")).textContent).toBe(
			"Something went wrong: storage.session is unavailable",
		);
		cleanup();
		renderOverview({ getOverview: () => ({ now: NOW, cookieCount: 0, stores: ["0"], sites: [] }) });
		expect(await screen.findByText("No cookies in any store that Session Hygiene may read.")).toBeTruthy();
	});
});

describe("bulk actions", () => {
	const select = (name: string) => fireEvent.click(screen.getByRole("checkbox", { name: `Select ${name}` }));

	test("log out asks first, then sends exactly the selected sites and shows what was removed and what failed", async () => {
		const { calls } = renderOverview();
		await loaded();
		select("example.test (firefox-container-1)");
		select("thirdparty.test (0)");
		fireEvent.click(screen.getByRole("button", { name: "Log out of selected sites (2)" }));
		const dialog = screen.getByRole("alertdialog");
		expect(dialog.textContent).toContain("Log out of 2 sites? Their session and CSRF cookies are deleted");
		fireEvent.click(within(dialog).getByRole("button", { name: "Yes, delete" }));
		const summary = await screen.findByRole("status");
		expect(summary.textContent).toBe(
			"Removed 2 cookies; 1 failed.widget_session (widgets.thirdparty.test/): the browser refused the change",
		);
		expect(calls).toEqual([
			["getOverview", {}],
			[
				"logoutSites",
				{
					targets: [
						{ site: "thirdparty.test", storeId: "0" },
						{ site: "example.test", storeId: "firefox-container-1" },
					],
				},
			],
			["getOverview", {}],
		]);
		await waitFor(() =>
			expect(
				screen.getByRole("button", { name: "Log out of selected sites (0)" }).hasAttribute("disabled"),
			).toBe(true),
		);
	});

	test("select all selects every shown site; cancel sends nothing", async () => {
		const { calls } = renderOverview();
		await loaded();
		fireEvent.click(screen.getByRole("checkbox", { name: "Select every shown site" }));
		fireEvent.click(screen.getByRole("button", { name: "Log out of selected sites (4)" }));
		fireEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Cancel" }));
		expect(screen.queryByRole("alertdialog")).toBeNull();
		expect(calls.map(([type]) => type)).toEqual(["getOverview"]);
	});

	test("clearing old sessions asks with the number of days, on every site unless some are selected", async () => {
		const { calls } = renderOverview();
		await loaded();
		const days = screen.getByRole("textbox", { name: "Sessions older than days" });
		fireEvent.input(days, { target: { value: "many" } });
		expect(screen.getByRole("button", { name: "Clear them on every site" }).hasAttribute("disabled")).toBe(
			true,
		);
		fireEvent.input(days, { target: { value: "14" } });
		fireEvent.click(screen.getByRole("button", { name: "Clear them on every site" }));
		expect(screen.getByRole("alertdialog").textContent).toContain(
			"Delete every session cookie first seen more than 14 days ago?",
		);
		fireEvent.click(screen.getByRole("button", { name: "Yes, delete" }));
		await screen.findByRole("status");
		select("example.test (0)");
		fireEvent.click(screen.getByRole("button", { name: "Clear them on selected sites" }));
		fireEvent.click(screen.getByRole("button", { name: "Yes, delete" }));
		await waitFor(() => expect(calls.filter(([type]) => type === "clearOldSessions")).toHaveLength(2));
		expect(calls.filter(([type]) => type === "clearOldSessions")).toEqual([
			["clearOldSessions", { olderThanDays: 14 }],
			["clearOldSessions", { olderThanDays: 14, targets: [{ site: "example.test", storeId: "0" }] }],
		]);
	});
});
