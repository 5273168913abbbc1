/** The background's side of the Protocol: routes requests to handlers and replies `{ok, value | error}`. */
import type { MessageSender, RuntimePort } from "../platform/runtime-port.ts";
import { type Handlers, isRequest, type MessageType, type Reply, type RequestOf } from "./protocol.ts";

/**
 * Only our own pages may call the background: content scripts of other extensions and web pages never
 * reach `runtime.onMessage` of ours without `externally_connectable`, but we check anyway (uBlock Origin
 * does the same for its privileged messages).
 */
export function isTrustedSender(sender: MessageSender, ownOrigin: string, ownId: string): boolean {
	return sender.id === ownId && typeof sender.url === "string" && sender.url.startsWith(ownOrigin);
}

export async function dispatch(handlers: Handlers, message: RequestOf<MessageType>): Promise<Reply<unknown>> {
	try {
		const handler = handlers[message.type] as
			| ((request: RequestOf<MessageType>) => Promise<unknown>)
			| undefined;
		if (!handler) return { ok: false, error: `"${message.type}" is not available in this version.` };
		return { ok: true, value: await handler(message) };
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
}

/** Registers the listener synchronously, so call it at the top level of the background entry. */
export function serveProtocol(runtime: RuntimePort, handlers: Handlers): void {
	runtime.onMessage((message, sender) => {
		if (!isRequest(message)) return undefined;
		if (!isTrustedSender(sender, runtime.ownOrigin(), runtime.ownId())) {
			return Promise.resolve({
				ok: false,
				error: "Refused: messages are accepted only from Session Hygiene's own pages.",
			});
		}
		return dispatch(handlers, message);
	});
}
