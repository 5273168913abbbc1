// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, test } from "vitest";
import { APP_SITE, GUESSED, IDLE, NOW, SESSIONID, TAB } from "../testing/fixture-tab.ts";
import { renderPopup } from "../testing/render-popup.tsx";

afterEach(cleanup);

const rowNames = (container: ParentNode) =>
	[...container.querySelectorAll<HTMLElement>("li.cookie")].map((li) => li.dataset.cookie);

describe("the popup's first screen", () => {
	test("names the tab's site, its grade, its findings by severity and the jar", () => {
		renderPopup();
		expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("example.test");
		expect(screen.getByText("Grade C, score 62 of 100")).toBeTruthy();
		const counts = screen.getByRole("list", { name: "Findings by severity" });
		expect(counts.textContent).toBe("1 high1 medium0 low1 info");
		expect(screen.getByText("Default cookie jar")).toBeTruthy();
	});

	test("says while cookie signatures are still being checked, and not once they are", () => {
		renderPopup({ ...TAB, signaturesPending: true });
		expect(screen.getByRole("status").textContent).toBe(
			"Checking signatures against publicly known secrets…",
		);
		cleanup();
		renderPopup();
		expect(screen.queryByText("Checking signatures against publicly known secrets…")).toBeNull();
	});

	test.each([
		[{ incognito: true }, "Private window"],
		[{ storeId: "firefox-container-2", containerName: "Work" }, "Container: Work"],
		[{ storeId: "firefox-container-2" }, "Container: firefox-container-2"],
	])("says which jar the tab uses: %o", (jar, text) => {
		renderPopup({ ...TAB, ...jar });
		expect(screen.getByText(text)).toBeTruthy();
	});

	test("lists sessions and csrf tokens first, worst findings on top; other cookies and frame sites stay collapsed until opened", () => {
		const { container } = renderPopup();
		expect(rowNames(container)).toEqual(["sessionid", "__Host-session", "csrftoken"]);
		fireEvent.click(screen.getByText("Other cookies (1)"));
		expect(rowNames(container)).toEqual(["sessionid", "__Host-session", "csrftoken", "_ga"]);
		const frame = container.querySelector<HTMLElement>("[data-frame-site='thirdparty.test']");
		expect(frame?.textContent).toContain("Embedded frame");
		fireEvent.click(within(frame as HTMLElement).getByText("thirdparty.test"));
		expect(rowNames(container)).toContain("widget_session");
	});

	test("marks a guessed session and asks on its row whether it is a login cookie; other rows do not ask", () => {
		const { container, calls } = renderPopup({
			...TAB,
			sites: [{ ...APP_SITE, cookies: [...APP_SITE.cookies, GUESSED] }],
		});
		const asked = [...container.querySelectorAll<HTMLElement>("li.cookie")].filter((li) =>
			li.querySelector("[data-role-question]"),
		);
		expect(asked.map((li) => [li.dataset.cookie, li.querySelector(".role")?.textContent])).toEqual([
			["zq7", "session guess"],
		]);
		const question = screen.getByRole("group", { name: "Is this a login cookie?" });
		fireEvent.click(within(question).getByRole("button", { name: "Mark as session" }));
		expect(calls).toEqual([["markRole", GUESSED, "example.test", "session"]]);
	});

	test("shows each row's chips, countdown and findings worst first, without repeating the cookie's scope", () => {
		const { container } = renderPopup();
		const row = container.querySelector<HTMLElement>("li[data-cookie='sessionid']") as HTMLElement;
		const chips = [...row.querySelectorAll("[data-chip]")].map((c) => c.textContent);
		expect(chips).toEqual(["not Secure", "not HttpOnly", "no SameSite", "host-only"]);
		expect(row.querySelector(".expiry")?.textContent).toBe("until the browser closes");
		expect([...row.querySelectorAll("[data-rule]")].map((f) => f.textContent)).toEqual([
			'high Session cookie "sessionid" has no HttpOnly attribute, so page scripts can read it',
			'medium Session cookie "sessionid" has no SameSite attribute',
		]);
		const host = container.querySelector<HTMLElement>("li[data-cookie='__Host-session']") as HTMLElement;
		expect(host.querySelector(".expiry")?.textContent).toBe("expires in 1 h");
		expect(host.querySelector("[data-chip=prefix]")?.textContent).toBe("__Host-");
	});

	test("filters by name and by 'only with findings'", () => {
		const { container } = renderPopup();
		fireEvent.input(screen.getByRole("searchbox", { name: "Filter cookies by name" }), {
			target: { value: "SESS" },
		});
		expect(rowNames(container)).toEqual(["sessionid", "__Host-session"]);
		fireEvent.click(screen.getByRole("checkbox", { name: "Only with findings" }));
		expect(rowNames(container)).toEqual(["sessionid"]);
		fireEvent.input(screen.getByRole("searchbox"), { target: { value: "nothing-like-this" } });
		expect(screen.getByText("No cookie matches the filter.")).toBeTruthy();
	});
});

describe("states without a list", () => {
	test("pages no extension may read say so", () => {
		renderPopup({ ...TAB, url: "chrome://settings/", inspectable: false, sites: [] });
		expect(screen.getByText(/cannot be inspected/).textContent).toContain("chrome://settings/");
	});

	test("missing host access names the host and asks for it", () => {
		const { calls } = renderPopup({ ...TAB, access: "missing", sites: [] });
		expect(screen.getByRole("alert").textContent).toContain("no access to app.example.test");
		fireEvent.click(screen.getByRole("button", { name: "Allow access to this site" }));
		expect(calls).toEqual([["grantAccess"]]);
	});

	test("a page without cookies says so, and still shows its frames' sites", () => {
		const { container } = renderPopup({ ...TAB, sites: [TAB.sites[1]].flatMap((s) => (s ? [s] : [])) });
		expect(screen.getByText("This page has no cookies.")).toBeTruthy();
		expect(container.querySelector("[data-frame-site='thirdparty.test']")).toBeTruthy();
		expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("app.example.test");
	});
});

describe("site actions", () => {
	test("log out asks first, names what it removes, and only then asks the background", () => {
		const { calls } = renderPopup();
		fireEvent.click(screen.getByRole("button", { name: "Log out of this site" }));
		const dialog = screen.getByRole("alertdialog");
		expect(dialog.textContent).toContain(
			"Log out of example.test? This removes its 3 session and CSRF cookies",
		);
		expect(document.activeElement?.textContent).toBe("Log out");
		fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
		expect(calls).toEqual([]);
		fireEvent.click(screen.getByRole("button", { name: "Log out of this site" }));
		fireEvent.click(screen.getByRole("button", { name: "Log out" }));
		expect(calls).toEqual([["logoutSite", "example.test"]]);
		expect(screen.queryByRole("alertdialog")).toBeNull();
	});

	test("Escape backs out of clearing the site", () => {
		const { calls } = renderPopup();
		fireEvent.click(screen.getByRole("button", { name: "Clear all site cookies" }));
		fireEvent.keyDown(screen.getByRole("alertdialog"), { key: "Escape" });
		expect(screen.queryByRole("alertdialog")).toBeNull();
		fireEvent.click(screen.getByRole("button", { name: "Clear all site cookies" }));
		fireEvent.click(screen.getByRole("button", { name: "Clear all" }));
		expect(calls).toEqual([["clearSite", "example.test"]]);
	});

	test("restore waits for a snapshot; the replay test is explained in one sentence", () => {
		renderPopup();
		expect(screen.getByRole("button", { name: "Restore snapshot" }).hasAttribute("disabled")).toBe(true);
		expect(
			screen.getByText(/^Replay test: take a snapshot, sign out on the site, restore and reload/),
		).toBeTruthy();
	});

	test("restore is offered for the snapshot the report lists, and asks for it by id", () => {
		const snapshots = [
			{ snapshotId: "snap-1", site: "example.test", storeId: "0", count: 2, takenAt: NOW - 90 },
		];
		const { calls } = renderPopup({ ...TAB, snapshots });
		expect(screen.getByText("Snapshot: 2 cookies, 1 min 30 s ago")).toBeTruthy();
		fireEvent.click(screen.getByRole("button", { name: "Snapshot sessions" }));
		fireEvent.click(screen.getByRole("button", { name: "Restore snapshot" }));
		expect(calls).toEqual([
			["snapshotSite", "example.test"],
			["restoreSnapshot", "snap-1"],
		]);
	});

	test("a snapshot of the same site in another cookie store is never offered", () => {
		const snapshots = [
			{
				snapshotId: "in-container",
				site: "example.test",
				storeId: "firefox-container-1",
				count: 1,
				takenAt: 0,
			},
		];
		renderPopup({ ...TAB, snapshots });
		expect(screen.getByRole("button", { name: "Restore snapshot" }).hasAttribute("disabled")).toBe(true);
		expect(document.querySelector("[data-snapshot-count]")).toBeNull();
	});

	test("of several snapshots of the site, the newest is offered; a frame site's goes to its own section", () => {
		const snapshots = [
			{ snapshotId: "older", site: "example.test", storeId: "0", count: 1, takenAt: NOW - 600 },
			{ snapshotId: "newer", site: "example.test", storeId: "0", count: 3, takenAt: NOW - 60 },
			{ snapshotId: "widget", site: "thirdparty.test", storeId: "0", count: 1, takenAt: NOW - 60 },
		];
		const { calls, container } = renderPopup({ ...TAB, snapshots });
		fireEvent.click(screen.getAllByRole("button", { name: "Restore snapshot" })[0] as HTMLElement);
		const frame = container.querySelector<HTMLElement>("[data-frame-site='thirdparty.test']") as HTMLElement;
		fireEvent.click(within(frame).getByText("thirdparty.test"));
		fireEvent.click(within(frame).getByRole("button", { name: "Restore snapshot" }));
		expect(calls).toEqual([
			["restoreSnapshot", "newer"],
			["restoreSnapshot", "widget"],
		]);
	});

	test("after the site has no cookies left, its snapshot can still be restored", () => {
		const snapshots = [{ snapshotId: "snap-1", site: "example.test", storeId: "0", count: 1, takenAt: 0 }];
		const { calls } = renderPopup({ ...TAB, sites: [], snapshots });
		expect(screen.getByText("This page has no cookies.")).toBeTruthy();
		fireEvent.click(screen.getByRole("button", { name: "Restore snapshot" }));
		expect(calls).toEqual([["restoreSnapshot", "snap-1"]]);
	});

	test("a page without cookies offers nothing to restore when the report lists no snapshot", () => {
		renderPopup({ ...TAB, sites: [], snapshots: [] });
		expect(screen.queryByRole("button", { name: "Restore snapshot" })).toBeNull();
	});

	test("the banner after a logout offers Undo", () => {
		const notice = {
			tone: "ok" as const,
			key: "noticeLoggedOut" as const,
			substitutions: ["example.test", "3", "0"],
			failures: [],
			undo: true,
		};
		const { calls } = renderPopup(TAB, { ...IDLE, notice });
		expect(screen.getByRole("status").textContent).toContain(
			"Logged out of example.test: 3 cookies removed.",
		);
		fireEvent.click(screen.getByRole("button", { name: "Undo" }));
		expect(calls).toEqual([["undo"]]);
	});

	test("a failed action lists each cookie and why, as an alert", () => {
		const notice = {
			tone: "error" as const,
			key: "noticeDeleted" as const,
			substitutions: ["0", "1"],
			failures: [`${SESSIONID.name} (app.example.test/): still in the jar`],
			undo: false,
		};
		renderPopup(TAB, { ...IDLE, notice });
		expect(screen.getByRole("alert").textContent).toContain(
			"sessionid (app.example.test/): still in the jar",
		);
	});

	test("exports in the chosen format, as a download or to the clipboard", () => {
		const { calls } = renderPopup();
		fireEvent.click(screen.getByRole("button", { name: "Download" }));
		fireEvent.change(screen.getByRole("combobox", { name: "Export report" }), { target: { value: "sarif" } });
		fireEvent.click(screen.getByRole("button", { name: "Copy" }));
		expect(calls).toEqual([
			["exportReport", "json", "download"],
			["exportReport", "sarif", "copy"],
		]);
	});
});
