/**
 * The background's side of the Protocol: checks the sender, routes the request on the handler map,
 * validates it against its message's type and only then runs the handler. Every message from our own
 * pages gets a reply `{ok, value | error}`: a caller never waits on silence or sees `undefined`.
 */
import { errorMessage } from "../core/error-message.ts";
import type { MessageSender, RuntimePort } from "../platform/runtime-port.ts";
import type { Handlers, MessageType, Reply, RequestOf } from "./protocol.ts";
import { describeValue, isRecord } from "./validate/field-checks.ts";
import { VALIDATORS } from "./validate/validators.ts";

/**
 * Only our own pages may call the background: content scripts of other extensions and web pages never
 * reach `runtime.onMessage` of ours without `externally_connectable`, but we check anyway (uBlock Origin
 * does the same for its privileged messages).
 */
export function isTrustedSender(sender: MessageSender, ownOrigin: string, ownId: string): boolean {
	return sender.id === ownId && typeof sender.url === "string" && sender.url.startsWith(ownOrigin);
}

/**
 * The message type of a request, or why there is none. Own properties only: `__proto__`, `constructor`
 * or `toString` would otherwise find Object.prototype's members in the map.
 */
function routeOf(handlers: Handlers, message: unknown): MessageType | { error: string } {
	if (!isRecord(message)) {
		return { error: `A request must be an object with a message \`type\` (got ${describeValue(message)}).` };
	}
	const type = Object.hasOwn(message, "type") ? message.type : undefined;
	if (typeof type !== "string") {
		return { error: `A request needs a \`type\` naming its message (got ${describeValue(type)}).` };
	}
	if (!Object.hasOwn(handlers, type) || !Object.hasOwn(VALIDATORS, type)) {
		return { error: `${describeValue(type)} is not a message of this version of Session Hygiene.` };
	}
	return type as MessageType;
}

export async function dispatch(handlers: Handlers, message: unknown): Promise<Reply<unknown>> {
	const type = routeOf(handlers, message);
	if (typeof type !== "string") return { ok: false, error: type.error };
	try {
		const request = VALIDATORS[type](message);
		const handler = handlers[type] as (request: RequestOf<MessageType>) => Promise<unknown>;
		return { ok: true, value: await handler(request) };
	} catch (error) {
		return { ok: false, error: errorMessage(error) };
	}
}

/** Registers the listener synchronously, so call it at the top level of the background entry. */
export function serveProtocol(runtime: RuntimePort, handlers: Handlers): void {
	runtime.onMessage((message, sender) => {
		if (!isTrustedSender(sender, runtime.ownOrigin(), runtime.ownId())) {
			return Promise.resolve({
				ok: false,
				error: "Refused: messages are accepted only from Session Hygiene's own pages.",
			});
		}
		return dispatch(handlers, message);
	});
}
