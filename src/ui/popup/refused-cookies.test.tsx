// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/preact";
import { afterEach, expect, test } from "vitest";
import type { RejectedCookie } from "../../core/report.ts";
import { TAB } from "../testing/fixture-tab.ts";
import { renderPopup } from "../testing/render-popup.tsx";

afterEach(cleanup);

const RESPONSE = {
	method: "POST",
	url: "https://app.example.test/login",
	status: 302,
	time: "2030-01-01T00:00:00.000Z",
};
const HOST_PATH: RejectedCookie = {
	setCookie: "__Host-sid=…; Secure",
	url: "https://app.example.test/login",
	reason: "prefix-violation",
	message: 'Refused cookie "__Host-sid": the __Host- prefix needs Path=/.',
	response: RESPONSE,
	browsers: { chromium: "refused", firefox: "stored" },
};
const NONE_INSECURE: RejectedCookie = {
	setCookie: "theme=…; SameSite=None",
	url: "https://app.example.test/login",
	reason: "samesite-none-insecure",
	message: 'Refused cookie "theme": SameSite=None requires the Secure attribute.',
	response: RESPONSE,
};

const items = (container: ParentNode) =>
	[...container.querySelectorAll<HTMLElement>("[data-refused-cookie]")].map((li) => [
		li.dataset.reason,
		li.querySelector(".refused-header")?.textContent,
		li.querySelector("[data-refused-browsers]")?.textContent ?? null,
		li.querySelector("[data-refused-fix]")?.textContent,
	]);

test("lists each refused Set-Cookie with its reason, the browsers' difference and the fix, open by default", () => {
	const { container } = renderPopup({ ...TAB, rejected: [HOST_PATH, NONE_INSECURE] });
	expect(screen.getByText("Refused by the browser")).toBeTruthy();
	expect(items(container)).toEqual([
		[
			"prefix-violation",
			"__Host-sid=…; Secure",
			"Chromium: refuses it · Firefox: stores it",
			"Fix: __Host- needs Secure, Path=/ and no Domain; __Secure- needs Secure: add what is missing, or drop the prefix.",
		],
		[
			"samesite-none-insecure",
			"theme=…; SameSite=None",
			null,
			"Fix: Add Secure, which means serving the site over https: SameSite=None is accepted only on Secure cookies.",
		],
	]);
	expect(container.querySelector("[data-refused-cookie] .muted")?.textContent).toMatch(
		/^POST \/login 302 · /,
	);
	fireEvent.click(screen.getByText("Refused by the browser"));
	expect(items(container)).toEqual([]);
});

test("no section when nothing was refused", () => {
	const { container } = renderPopup({ ...TAB, rejected: [] });
	expect(container.querySelector("[data-refused]")).toBeNull();
});
