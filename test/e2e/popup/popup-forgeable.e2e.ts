import { describe, expect, test } from "vitest";
import { APP_HOST } from "../../site/fixture-site.ts";
import { STAGING_SECRET } from "../../site/pages/known-secret.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { openPopupFor } from "../harness/pages/popup.ts";
import { expandCookie, rowOf } from "../harness/pages/popup-actions.ts";
import { importSecretsFile, openOptions } from "../harness/pages/settings-page.ts";
import { eventually } from "../harness/poll.ts";
import { world } from "../harness/world.ts";

/**
 * The fixture's /known-secret app (test/site/pages/known-secret.ts) signs `connect.sid` with the
 * express-session README's secret, `keyboard cat`, and `random.sid` with a secret of its own. The
 * background checks both signatures after the report, against the built-in secrets and the 103,781
 * secrets of the vendored wordlist, read from the extension's package.
 */
const FORGEABLE_MESSAGE =
	"has a signature (express-session / cookie-parser (cookie-signature)) that verifies with a publicly known secret (built-in: express-session README example): anyone can sign a value of their choosing and the server will accept it";

describe.each(BROWSERS)("%s: a session signed with a publicly known secret", (name) => {
	const w = world(name, { api: true, page: true });
	const account = () => w.site.url(APP_HOST, "/known-secret/account");

	test("the popup shows forgeable-session on the cookie signed with the README's secret, not on the other", async () => {
		await w.page.goto(w.site.url(APP_HOST, "/known-secret/login?user=alice"));
		expect(await w.page.text("#status")).toBe("Signed in as alice");
		const tabId = await w.api.tabIdOf(account());
		// The wordlist's 103,781 secrets take a few seconds for the cookie no documented secret signs.
		const report = await eventually(
			() => w.api.request("getTabReport", { tabId }),
			(r) => r.signaturesPending === undefined && r.sites.length > 0,
			"the signature check to finish",
			60_000,
		);
		const rules = Object.fromEntries(
			(report.sites[0]?.cookies ?? []).map((c) => [c.name, c.findings.map((f) => `${f.rule}:${f.severity}`)]),
		);
		expect(rules["connect.sid"]).toContain("forgeable-session:high");
		expect(rules["random.sid"]).not.toContain("forgeable-session:high");
		expect(rules["staging.sid"]).not.toContain("forgeable-session:high");

		const popup = await openPopupFor(w.browser, account());
		await popup.waitForSelector(`${rowOf("connect.sid")} [data-rule="forgeable-session"]`);
		expect(
			await popup.evaluate(
				(s) => document.querySelector(s) === null,
				`${rowOf("random.sid")} [data-rule="forgeable-session"]`,
			),
		).toBe(true);
		expect(
			await popup.evaluate(() => document.querySelector("[data-signatures-pending]") === null, undefined),
		).toBe(true);
		await expandCookie(popup, "connect.sid");
		const detail = `${rowOf("connect.sid")} [data-finding="forgeable-session"]`;
		await popup.waitForSelector(`${detail} [data-fix]`);
		expect(await popup.text(`${detail} p`)).toContain(FORGEABLE_MESSAGE);
		await popup.close();

		// The cookie still signs in: the server receives it on the next request and accepts it.
		const before = w.site.requests.length;
		await w.page.goto(account());
		expect(await w.page.text("#status")).toBe("Signed in as alice");
		const sent = w.site.requests.slice(before).find((r) => r.path === "/known-secret/account");
		expect(sent?.cookie).toMatch(/(?:^|; )connect\.sid=s%3A[^;]+/);
	});

	test("a secret of the user's own list, imported on the options page, flags the cookie it signs", async () => {
		await w.page.goto(w.site.url(APP_HOST, "/known-secret/login?user=bob"));
		const options = await openOptions(w.browser);
		await options.waitForSelector("[data-secrets-count]");
		await importSecretsFile(options, `old-secret\n${STAGING_SECRET}\n`);
		await options.waitForFunction(
			(s) => document.querySelector(s)?.textContent === "Secrets of yours checked: 2.",
			"[data-secrets-count]",
		);
		expect(await options.text("main, body")).not.toContain(STAGING_SECRET);
		await options.close();

		const tabId = await w.api.tabIdOf(account());
		const report = await eventually(
			() => w.api.request("getTabReport", { tabId }),
			(r) =>
				r.signaturesPending === undefined &&
				(r.sites[0]?.cookies.find((c) => c.name === "staging.sid")?.findings ?? []).some(
					(f) => f.rule === "forgeable-session",
				),
			"forgeable-session on staging.sid",
			60_000,
		);
		const finding = report.sites[0]?.cookies
			.find((c) => c.name === "staging.sid")
			?.findings.find((f) => f.rule === "forgeable-session");
		expect(finding?.message).toContain("verifies with a publicly known secret (your secrets list)");
		expect(JSON.stringify(report)).not.toContain(STAGING_SECRET);
		const popup = await openPopupFor(w.browser, account());
		await popup.waitForSelector(`${rowOf("staging.sid")} [data-rule="forgeable-session"]`);
		await popup.close();

		// Removed: the next check no longer knows it.
		const again = await openOptions(w.browser);
		await again.waitForSelector("[data-secrets-count]");
		await again.click("[data-clear-secrets]");
		await again.waitForFunction(
			(s) => document.querySelector(s)?.textContent === "Secrets of yours checked: 0.",
			"[data-secrets-count]",
		);
		await again.close();
		await eventually(
			() => w.api.request("getTabReport", { tabId }),
			(r) =>
				r.signaturesPending === undefined &&
				!(r.sites[0]?.cookies.find((c) => c.name === "staging.sid")?.findings ?? []).some(
					(f) => f.rule === "forgeable-session",
				),
			"no forgeable-session on staging.sid once the list is removed",
			60_000,
		);
	});
});
