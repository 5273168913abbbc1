import { describe, expect, test } from "vitest";
import type { MessageSender, RuntimePort } from "../platform/runtime-port.ts";
import type { Handlers } from "./protocol.ts";
import { serveProtocol } from "./server.ts";

const OWN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";

function serve(handlers: Partial<Handlers>) {
	let listener: ((message: unknown, sender: MessageSender) => Promise<unknown> | undefined) | undefined;
	const runtime: RuntimePort = {
		ownOrigin: () => OWN,
		ownId: () => "abcdefghijklmnopabcdefghijklmnop",
		sendMessage: async () => undefined,
		onMessage: (l) => {
			listener = l;
		},
	};
	serveProtocol(runtime, handlers as Handlers);
	const popup: MessageSender = { id: "abcdefghijklmnopabcdefghijklmnop", url: `${OWN}src/popup/index.html` };
	return (message: unknown, sender = popup) => listener?.(message, sender);
}

describe("serveProtocol", () => {
	test("answers our own pages with the handler's value", async () => {
		const send = serve({ undo: async () => ({ results: [] }) });
		expect(await send({ type: "undo" })).toEqual({ ok: true, value: { results: [] } });
	});

	test("turns a handler's error into a plain-words refusal", async () => {
		const send = serve({
			undo: async () => {
				throw new Error("There is nothing to undo.");
			},
		});
		expect(await send({ type: "undo" })).toEqual({ ok: false, error: "There is nothing to undo." });
	});

	test.each([
		["a web page", { url: "https://evil.test/" }],
		["another extension", { id: "zzzz", url: "chrome-extension://zzzz/page.html" }],
		["our id from a foreign URL", { id: "abcdefghijklmnopabcdefghijklmnop", url: "https://evil.test/" }],
	])("refuses %s", async (_, sender) => {
		const send = serve({ undo: async () => ({ results: [] }) });
		expect(await send({ type: "undo" }, sender)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^Refused/),
		});
	});

	test("leaves messages that are not requests of ours unanswered", async () => {
		const send = serve({});
		expect(send({ type: "somethingElse" })).toBeUndefined();
		expect(send("hello")).toBeUndefined();
	});
});
