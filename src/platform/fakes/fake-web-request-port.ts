/** webRequest in memory, for unit tests: a test makes a response arrive, and the listeners hear it. */
import type { TabResponse, WebRequestPort } from "../web-request-port.ts";

export interface FakeWebRequestPort extends WebRequestPort {
	respond(response: TabResponse): void;
}

export function createFakeWebRequestPort(): FakeWebRequestPort {
	const listeners: ((response: TabResponse) => void)[] = [];
	return {
		onResponse: (listener) => void listeners.push(listener),
		respond(response) {
			for (const listener of listeners) listener(structuredClone(response));
		},
	};
}
