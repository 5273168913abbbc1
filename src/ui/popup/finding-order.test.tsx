// @vitest-environment happy-dom
/**
 * The popup and the reports list a cookie's findings in one order (src/core/severity.ts): worst first,
 * then catalogue order. The fixture's findings arrive in neither order, and its ties differ between
 * catalogue and alphabetical order, so a view that sorted by severity alone or by rule id would fail.
 */
import { cleanup, fireEvent, screen } from "@testing-library/preact";
import { afterEach, expect, test } from "vitest";
import { buildReport } from "../../core/reports/build-report.ts";
import { toMarkdown } from "../../core/reports/to-markdown.ts";
import { toText } from "../../core/reports/to-text.ts";
import { cookie, TAB } from "../testing/fixture-tab.ts";
import { renderPopup } from "../testing/render-popup.tsx";

afterEach(cleanup);

const SID = cookie({
	name: "sid",
	secure: false,
	httpOnly: false,
	role: "session",
	roleReason: 'name matches "sid"',
	findings: [
		{ rule: "samesite-missing", severity: "medium", message: "sid has no SameSite attribute" },
		{ rule: "missing-httponly", severity: "high", message: "sid is readable by scripts" },
		{ rule: "prefix-missing", severity: "low", message: "sid has no __Host- prefix" },
		{ rule: "missing-secure", severity: "high", message: "sid is sent over plain http" },
		{ rule: "broad-domain", severity: "low", message: "sid is sent to every subdomain" },
	],
});

const ORDER = ["missing-secure", "missing-httponly", "samesite-missing", "broad-domain", "prefix-missing"];

const REPORT = buildReport({
	version: "9.9.9",
	generatedAt: "2030-01-01T00:00:00.000Z",
	source: { kind: "url", url: "https://app.example.test/" },
	sites: [{ site: "example.test", score: 40, grade: "D", cookies: [SID] }],
	rejected: [],
});

test("the popup's row and details list the findings worst first, then in catalogue order", () => {
	const { container } = renderPopup({
		...TAB,
		sites: [{ site: "example.test", score: 40, grade: "D", cookies: [SID] }],
	});
	const row = container.querySelector<HTMLElement>("li[data-cookie='sid']") as HTMLElement;
	const listed = [...row.querySelectorAll<HTMLElement>(".findings [data-rule]")].map((f) => f.dataset.rule);
	expect(listed).toEqual(ORDER);
	fireEvent.click(screen.getByRole("button", { name: "sid" }));
	const detailed = [...row.querySelectorAll<HTMLElement>("[data-finding]")].map((f) => f.dataset.finding);
	expect(detailed).toEqual(ORDER);
});

test("the text report lists them in the same order", () => {
	const lines = toText(REPORT, { color: false }).split("\n");
	const rules = lines.flatMap((line) => /^ {4}(?:HIGH|MEDIUM|LOW|INFO) +([a-z-]+): /.exec(line)?.[1] ?? []);
	expect(rules).toEqual(ORDER);
});

test("the Markdown report lists them in the same order", () => {
	const row = toMarkdown(REPORT)
		.split("\n")
		.find((line) => line.startsWith("| `sid@"));
	const rules = [...(row ?? "").matchAll(/\*\*(?:high|medium|low|info)\*\* `([a-z-]+)`/g)].map((m) => m[1]);
	expect(rules).toEqual(ORDER);
});
