/**
 * A Client for the pages' component tests: answers from handlers, records every request, and refuses a
 * message without a handler the way the real client surfaces the background's refusal (an Error).
 */
import type { Client } from "../../messaging/client.ts";
import type { MessageType, Protocol, ResponseOf } from "../../messaging/protocol.ts";

export type Handlers = {
	[K in MessageType]?: (request: Protocol[K]["request"]) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export interface FakeClient {
	client: Client;
	/** Every request, in order: [type, request]. */
	calls: [MessageType, unknown][];
}

export function createFakeClient(handlers: Handlers): FakeClient {
	const calls: [MessageType, unknown][] = [];
	const client = (async (type: MessageType, request: unknown) => {
		calls.push([type, request]);
		const handler = handlers[type] as ((r: unknown) => unknown) | undefined;
		if (!handler) throw new Error(`This test does not answer "${type}".`);
		// A copy, as a message is structured-cloned on its way to the background.
		return handler(structuredClone(request));
	}) as Client;
	return { client, calls };
}
