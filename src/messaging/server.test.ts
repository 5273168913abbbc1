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

	test.each([
		["text", "hello", 'A request must be an object with a message `type` (got "hello").'],
		["a number", 42, "A request must be an object with a message `type` (got 42)."],
		["null", null, "A request must be an object with a message `type` (got null)."],
		["a list", [{ type: "undo" }], "A request must be an object with a message `type` (got a list of 1)."],
		["no type", { cookies: [] }, "A request needs a `type` naming its message (got nothing)."],
		["a type that is not text", { type: 7 }, "A request needs a `type` naming its message (got 7)."],
		[
			"an unknown type",
			{ type: "somethingElse" },
			'"somethingElse" is not a message of this version of Session Hygiene.',
		],
		["__proto__", { type: "__proto__" }, '"__proto__" is not a message of this version of Session Hygiene.'],
		[
			"constructor",
			{ type: "constructor" },
			'"constructor" is not a message of this version of Session Hygiene.',
		],
		["toString", { type: "toString" }, '"toString" is not a message of this version of Session Hygiene.'],
	])("answers %s with a refusal instead of silence", async (_, message, error) => {
		const send = serve({ undo: async () => ({ results: [] }) });
		expect(await send(message)).toEqual({ ok: false, error });
	});

	test("checks the sender before anything else, even for a message that is not a request", async () => {
		const send = serve({});
		expect(await send("hello", { url: "https://evil.test/" })).toEqual({
			ok: false,
			error: "Refused: messages are accepted only from Session Hygiene's own pages.",
		});
	});

	test("a message the handler map lacks is unknown, even if the Protocol has it", async () => {
		const send = serve({ undo: async () => ({ results: [] }) });
		expect(await send({ type: "getSettings" })).toEqual({
			ok: false,
			error: '"getSettings" is not a message of this version of Session Hygiene.',
		});
	});

	test("validates the request before its handler runs, and the handler never sees a bad one", async () => {
		const seen: unknown[] = [];
		const send = serve({
			clearOldSessions: async (request) => {
				seen.push(request);
				return { results: [] };
			},
		});
		expect(await send({ type: "clearOldSessions", olderThanDays: 1, targets: null })).toEqual({
			ok: false,
			error: "clearOldSessions: `targets` must be a list of {site, storeId}, at most 10,000 (got null).",
		});
		expect(seen).toEqual([]);
	});

	test("hands the handler the request rebuilt from its checked fields, nothing more", async () => {
		const seen: unknown[] = [];
		const send = serve({
			logoutSites: async (request) => {
				seen.push(request);
				return { results: [] };
			},
		});
		const row = { site: "example.com", storeId: "0", grade: "B", score: 80, cookieCount: 3 };
		expect(await send({ type: "logoutSites", targets: [row] })).toEqual({ ok: true, value: { results: [] } });
		expect(seen).toEqual([{ type: "logoutSites", targets: [{ site: "example.com", storeId: "0" }] }]);
	});
});
