/**
 * A sign-in the background sees by itself (docs/protocol.md, "Sign-ins"): the form post or the script's
 * JSON login carries a password field, its response shows it worked, and three seconds later each
 * session cookie renewed or kept its value. A kept one is session-fixation (high); the csrf and analytics
 * cookies that also kept theirs are never flagged; a wrong password proves nothing. What the server
 * received next says the same: the id sent after the sign-in is, or is not, the one sent before it.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { SignInRecord } from "../../../src/core/sign-in/sign-in-record.ts";
import type { TabReport } from "../../../src/core/tab-report.ts";
import { APP_HOST } from "../../site/fixture-site.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

const fixations = (report: TabReport) =>
	report.sites.flatMap((s) =>
		s.cookies.flatMap((c) =>
			c.findings.filter((f) => f.rule === "session-fixation").map((f) => `${c.name} ${f.severity}`),
		),
	);

describe.each(BROWSERS)("%s: a sign-in seen by the background", (name) => {
	const w = world(name, { api: true, page: true });
	// The background must be running before the first observed response (README, "The popup").
	beforeAll(() => w.api.request("getSettings", {}));

	/**
	 * As text out of the page: Puppeteer's WebDriver BiDi transport handed the outcomes' nested cookie
	 * objects over as missing (docs/browser-quirks.md, "Deep objects out of a Firefox page").
	 */
	const signIns = async (): Promise<SignInRecord[]> => {
		const text = await w.api.page.evaluate(async () => {
			type Session = { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
			const g = globalThis as unknown as { browser?: Session; chrome: Session };
			const { observation } = await (g.browser ?? g.chrome).storage.session.get("observation");
			return JSON.stringify((observation as { signIns?: unknown } | undefined)?.signIns ?? []);
		}, null);
		return JSON.parse(text) as SignInRecord[];
	};

	/** Signs in through the flow's form; resolves once the account page says so. */
	const signIn = async (flow: string, password?: string) => {
		await w.page.goto(w.site.url(APP_HOST, `/flows/${flow}/login`));
		if (password !== undefined) {
			await w.page.evaluate((p) => {
				const input = document.querySelector<HTMLInputElement>("input[name=password]");
				if (input) input.value = p;
			}, password);
		}
		const before = (await signIns()).length;
		await w.page.click("button[type=submit]");
		return before;
	};

	/** The report once the flow's sign-in has settled (outcomes kept) or failed. */
	const reportAfter = async (flow: string, before: number) => {
		const records = await eventually(
			signIns,
			(r) =>
				r.length > before && r.slice(before).every((s) => s.outcomes !== undefined || s.result === "failed"),
			`the ${flow} sign-in settled`,
		);
		const tabId = await w.api.tabIdOf(w.site.url(APP_HOST, `/flows/${flow}/`));
		return { record: records.at(-1), report: await w.api.request("getTabReport", { tabId }) };
	};

	/** What the sign-in did to the flow's own cookies (the site's other flows keep theirs, on their paths). */
	const ofFlow = (record: SignInRecord | undefined, flow: string) =>
		(record?.outcomes ?? [])
			.filter((o) => o.cookie.path === `/flows/${flow}/`)
			.map((o) => `${o.cookie.name} ${o.outcome}`);

	/** Signs in with the right password; the settled sign-in, which must have succeeded, and the report. */
	const signedIn = async (flow: string) => {
		const before = await signIn(flow);
		await w.page.waitForFunction(
			() => document.querySelector("#status")?.textContent === "Signed in as alice",
			null,
		);
		const settled = await reportAfter(flow, before);
		expect(settled.record?.result).toBe("succeeded");
		return settled;
	};

	/** The `sid` values the server received: with the sign-in's POST, then with the account page. */
	const sidsSent = (flow: string) =>
		w.site.requests
			.filter((r) => r.path.startsWith(`/flows/${flow}/`) && /\bsid=/.test(r.cookie ?? ""))
			.map((r) => [r.method, r.path.split("?")[0], /\bsid=([^;]+)/.exec(r.cookie ?? "")?.[1]]);

	test.each(["keep", "json-keep"])(
		"%s: the id kept across the sign-in is session-fixation, high",
		async (flow) => {
			const { record, report } = await signedIn(flow);
			expect(fixations(report)).toEqual(["sid high"]);
			const outcomes = ofFlow(record, flow).sort();
			expect(outcomes).toEqual(["_ga kept", "csrftoken kept", "sid kept"]);
			// The server got the same id before and after: the planted one now carries the login.
			const sent = sidsSent(flow);
			const login = sent.find(([method]) => method === "POST");
			const account = sent.filter(([, path]) => path === `/flows/${flow}/account`).at(-1);
			expect(login?.[2]).toBeDefined();
			expect(account?.[2]).toBe(login?.[2]);
		},
	);

	test.each(["renew", "json-renew", "first"])("%s: a renewed or first id is no finding", async (flow) => {
		const { record, report } = await signedIn(flow);
		expect(fixations(report)).toEqual([]);
		expect(ofFlow(record, flow).filter((o) => o.startsWith("sid "))).toEqual([
			flow === "first" ? "sid new" : "sid renewed",
		]);
	});

	test("a wrong password: the sign-in failed, nothing is flagged", async () => {
		const before = await signIn("keep", "wrong");
		await w.page.waitForFunction(() => location.search.includes("error"), null);
		const records = await eventually(
			signIns,
			(r) => r.length > before && r.at(-1)?.result !== undefined,
			"answered",
		);
		expect(records.at(-1)?.result).toBe("failed");
		expect(records.at(-1)?.request?.field).toBe("password");
		expect(JSON.stringify(records)).not.toContain("correct-horse");
	});
});
