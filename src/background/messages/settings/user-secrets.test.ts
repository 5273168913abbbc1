import { sign } from "cookie-signature";
import { describe, expect, test } from "vitest";
import { createFakeWorld, jarCookie } from "../../testing/fake-deps.ts";
import { getTabReport } from "../get-tab-report.ts";
import { getUserSecrets, setUserSecrets } from "./user-secrets.ts";

const scheduler = { allTabs: () => undefined };
const staging = () =>
	jarCookie({ name: "connect.sid", value: encodeURIComponent(`s:${sign("id1", "our-staging-2026")}`) });

describe("the user's own secrets", () => {
	test("are kept in storage.local, counted, never replied; a report then names them as the user's", async () => {
		const w = createFakeWorld([staging()]);
		w.tabs.open({ id: 7, url: "https://app.example.test/" });
		expect(await setUserSecrets(w.deps, scheduler, { text: "our-staging-2026\r\n\nanother one\n" })).toEqual({
			count: 2,
		});
		expect(await getUserSecrets(w.deps)).toEqual({ count: 2 });
		expect(await w.deps.local.get("userSecrets")).toEqual(["our-staging-2026", "another one"]);
		expect((await getTabReport(w.deps, { tabId: 7 })).signaturesPending).toBe(true);
		await w.deps.signatures.idle();
		const report = await getTabReport(w.deps, { tabId: 7 });
		const finding = report.sites[0]?.cookies[0]?.findings.find((f) => f.rule === "forgeable-session");
		expect(finding?.message).toContain("(your secrets list)");
		expect(JSON.stringify(report)).not.toContain("our-staging-2026");
	});

	test("an empty text removes them; a binary file is refused in one line", async () => {
		const w = createFakeWorld();
		await setUserSecrets(w.deps, scheduler, { text: "a\n" });
		expect(await setUserSecrets(w.deps, scheduler, { text: "" })).toEqual({ count: 0 });
		expect(await w.deps.local.get("userSecrets")).toBeUndefined();
		await expect(setUserSecrets(w.deps, scheduler, { text: "a\u0000b" })).rejects.toThrow(
			"not a text file (one secret a line)",
		);
	});
});
