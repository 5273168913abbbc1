import { expect, test } from "vitest";
import type { Client } from "../messaging/client.ts";
import type { Notice } from "../ui/popup/popup-model.ts";
import { signOutTestClient } from "./sign-out-test-client.ts";

test("each call names the tab and the site; a refused one is the error banner and answers undefined", async () => {
	const sent: unknown[] = [];
	const client = (async (type: string, request: unknown) => {
		sent.push([type, request]);
		if (type === "cancelSignOutTest") throw new Error("There is no sign-out test of example.test.");
		return { site: "example.test" };
	}) as Client;
	const notices: Notice[] = [];
	let reloads = 0;
	const port = signOutTestClient(
		client,
		7,
		(n) => notices.push(n),
		() => {
			reloads += 1;
		},
	);
	expect(await port.start("example.test")).toEqual({ site: "example.test" });
	expect(await port.confirm("example.test", true, false)).toEqual({ site: "example.test" });
	expect(await port.cancel("example.test")).toBeUndefined();
	port.finished();
	expect(sent).toEqual([
		["startSignOutTest", { tabId: 7, site: "example.test" }],
		["confirmSignOutTest", { tabId: 7, site: "example.test", signedIn: true, keep: false }],
		["cancelSignOutTest", { tabId: 7, site: "example.test" }],
	]);
	expect(notices).toEqual([
		{
			tone: "error",
			key: "noticeError",
			substitutions: ["There is no sign-out test of example.test."],
			failures: [],
			undo: false,
		},
	]);
	expect(reloads).toBe(1);
});
