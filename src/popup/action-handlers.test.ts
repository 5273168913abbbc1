import { describe, expect, test } from "vitest";
import type { Client } from "../messaging/client.ts";
import { cookieHandlers, type HandlerDeps, outputHandlers, siteHandlers } from "./action-handlers.ts";

function handlers() {
	const sent: unknown[][] = [];
	const client = (async (type: string, request: unknown) => {
		sent.push([type, request]);
		return { results: [], snapshotId: "s1", count: 0 };
	}) as unknown as Client;
	const deps: HandlerDeps = {
		client,
		tabId: () => 7,
	};
	return { sent, all: { ...cookieHandlers(deps), ...siteHandlers(deps), ...outputHandlers(deps) } };
}

describe("the popup's action handlers", () => {
	test("each says whether the report is stale afterwards: everything but export and copy (the report lists snapshots)", () => {
		const { all } = handlers();
		expect(Object.fromEntries(Object.entries(all).map(([name, h]) => [name, h.changesReport]))).toEqual({
			clearCookies: true,
			expireCookies: true,
			markRole: true,
			logoutSite: true,
			clearSite: true,
			snapshotSite: true,
			restoreSnapshot: true,
			undo: true,
			exportReport: false,
			copyText: false,
		});
	});

	test("a site action asks the background about the popup's tab", async () => {
		const { all, sent } = handlers();
		await all.logoutSite.run("example.test");
		expect(sent).toEqual([["logoutSite", { tabId: 7, site: "example.test" }]]);
	});
});
