// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, test } from "vitest";
import type { CookieReport } from "../../core/report.ts";
import { CSRF, GA, HOST_SESSION, NOW, recordingActions, SESSIONID } from "../testing/fixture-tab.ts";
import { renderWithClock } from "../testing/render-popup.tsx";
import { CookieRow } from "./cookie-row.tsx";

afterEach(cleanup);

function renderRow(cookie: CookieReport) {
	const { actions, calls } = recordingActions();
	// Only the four actions of a cookie: the row works without the rest of the popup's.
	const { clearCookies, expireCookies, markRole, copyText } = actions;
	const four = { clearCookies, expireCookies, markRole, copyText };
	const result = renderWithClock(
		<ul>
			<CookieRow cookie={cookie} site="example.test" rowId="r" actions={four} />
		</ul>,
	);
	const toggle = screen.getByRole("button", { expanded: false });
	fireEvent.click(toggle);
	return { ...result, calls, toggle };
}

describe("a cookie's details", () => {
	test("open on the name's button and list every attribute, the role and why", () => {
		const { toggle } = renderRow(SESSIONID);
		expect(toggle.getAttribute("aria-expanded")).toBe("true");
		const details = screen.getByRole("region", { name: "Details of sessionid" });
		expect(toggle.getAttribute("aria-controls")).toBe(details.id);
		const attributes = [...details.querySelectorAll(".attribute")].map((a) => a.textContent);
		expect(attributes).toEqual([
			"Domainapp.example.test",
			"Host-onlyyes",
			"Path/",
			"Secureno",
			"HttpOnlyno",
			"SameSiteunspecified",
			"Expiresuntil the browser closes",
			"Partition keynone",
			"Cookie store0",
		]);
		expect(details.querySelector("[data-confidence]")?.textContent).toBe(
			'session · likely — name contains "session"',
		);
	});

	test("mask the value until revealed, and copy it either way", () => {
		const { calls } = renderRow(SESSIONID);
		const value = document.querySelector("[data-value-shown]") as HTMLElement;
		expect(value.textContent).not.toContain(SESSIONID.value);
		fireEvent.click(screen.getByRole("button", { name: "Copy value" }));
		fireEvent.click(screen.getByRole("button", { name: "Reveal" }));
		expect(value.textContent).toBe(SESSIONID.value);
		fireEvent.click(screen.getByRole("button", { name: "Hide" }));
		expect(value.textContent).not.toContain(SESSIONID.value);
		expect(calls).toEqual([["copyText", SESSIONID.value]]);
	});

	test("estimate a token's entropy in bits", () => {
		renderRow(SESSIONID);
		expect(screen.getByRole("region", { name: "Token analysis" }).textContent).toContain(
			"about 128 bits of entropy (32 characters, hex) · opaque identifier",
		);
	});

	test("decode a JWT's header and claims, with the exp countdown", () => {
		renderRow(HOST_SESSION);
		const token = screen.getByRole("region", { name: "Token analysis" });
		expect(token.textContent).toContain("signed JWT");
		expect(token.textContent).toContain('"alg": "HS256"');
		expect(token.textContent).toContain('"sub": "42"');
		expect(token.querySelector("[data-jwt-exp]")?.textContent).toBe("exp: expires in 10 min");
	});

	test("say when the background did not send the value", () => {
		const { value: _, ...withoutValue } = CSRF;
		renderRow(withoutValue);
		expect(screen.getByText("The value is not part of this report.")).toBeTruthy();
		expect(screen.queryByRole("region", { name: "Token analysis" })).toBeNull();
	});

	test("explain each finding with the rule's description, and the fix with a snippet per stack", async () => {
		renderRow(SESSIONID);
		const finding = document.querySelector("[data-finding='missing-httponly']") as HTMLElement;
		expect(await screen.findByText("Cookie readable by page scripts")).toBeTruthy();
		expect(finding.textContent).toContain("any script running on the page, including injected ones (XSS)");
		expect(finding.querySelector("[data-fix]")?.textContent).toBe(
			"Fix: Set the HttpOnly attribute.Expresssession({ cookie: { httpOnly: true } })",
		);
		const order = [...document.querySelectorAll("[data-finding]")].map((f) => f.getAttribute("data-finding"));
		expect(order).toEqual(["missing-httponly", "samesite-missing"]);
	});
});

describe("a cookie's actions", () => {
	test("delete, expire now and expire in 1, 5 or 15 minutes ask the background for exactly this cookie", () => {
		const { calls } = renderRow(SESSIONID);
		fireEvent.click(screen.getByRole("button", { name: "Delete" }));
		fireEvent.click(screen.getByRole("button", { name: "Expire now" }));
		fireEvent.click(screen.getByRole("button", { name: "Expire in 5 min" }));
		fireEvent.click(screen.getByRole("button", { name: "Expire in 15 min" }));
		expect(calls).toEqual([
			["clearCookies", [SESSIONID]],
			["expireCookies", [SESSIONID], NOW],
			["expireCookies", [SESSIONID], NOW + 300],
			["expireCookies", [SESSIONID], NOW + 900],
		]);
	});

	test("expire at a chosen time, once one is entered", () => {
		const { calls } = renderRow(SESSIONID);
		const set = screen.getByRole("button", { name: "Set expiry" });
		expect(set.hasAttribute("disabled")).toBe(true);
		fireEvent.input(screen.getByLabelText("Expiry date and time"), { target: { value: "2030-01-01T00:30" } });
		fireEvent.click(set);
		const expected = Math.floor(new Date("2030-01-01T00:30").getTime() / 1000);
		expect(calls).toEqual([["expireCookies", [SESSIONID], expected]]);
	});

	test.each([
		[SESSIONID, "Not a session", "other"],
		[CSRF, "Not a session", "other"],
		[GA, "Mark as session", "session"],
	])("%#: %s remembers the role for the name on this site", (cookie, label, role) => {
		const { calls } = renderRow(cookie);
		fireEvent.click(screen.getByRole("button", { name: label }));
		expect(calls).toEqual([["markRole", cookie, "example.test", role]]);
	});
});

describe("a cookie's fix texts, when the report leaves them out", () => {
	test("are asked for when the details open, and shown with their snippets", async () => {
		const { actions } = recordingActions();
		const slim = { ...SESSIONID, findings: SESSIONID.findings.map(({ fix: _, ...f }) => f) };
		const asked: string[] = [];
		const detailsOf = async (c: CookieReport) => {
			asked.push(c.name);
			return { findings: SESSIONID.findings, history: [] };
		};
		renderWithClock(
			<ul>
				<CookieRow cookie={slim} site="example.test" rowId="r" actions={{ ...actions, detailsOf }} />
			</ul>,
		);
		expect(asked).toEqual([]);
		fireEvent.click(screen.getByRole("button", { expanded: false }));
		const fix = await screen.findByText("Set the HttpOnly attribute.");
		expect(fix.closest("[data-fix]")?.textContent).toContain("session({ cookie: { httpOnly: true } })");
		expect(asked).toEqual(["sessionid"]);
	});
});

describe("a cookie's history", () => {
	test("says who set and changed it, a response or a page script", async () => {
		const { actions } = recordingActions();
		const at = (h: number, m: number) => new Date(2030, 0, 1, h, m, 7).getTime();
		const detailsOf = async () => ({
			findings: SESSIONID.findings,
			history: [
				{ kind: "set" as const, by: { method: "POST", path: "/login", status: 302 }, timeMs: at(12, 1) },
				{ kind: "changed" as const, by: "script" as const, timeMs: at(12, 3) },
			],
		});
		renderWithClock(
			<ul>
				<CookieRow cookie={SESSIONID} site="example.test" rowId="r" actions={{ ...actions, detailsOf }} />
			</ul>,
		);
		fireEvent.click(screen.getByRole("button", { expanded: false }));
		const history = await screen.findByText("History:");
		const time = (ms: number) => new Date(ms).toLocaleTimeString();
		expect(history.closest("[data-history]")?.textContent).toBe(
			`History: set by POST /login 302 · ${time(at(12, 1))}, changed by a page script · ${time(at(12, 3))}`,
		);
	});
});
