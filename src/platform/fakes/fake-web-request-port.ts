/** webRequest in memory, for unit tests: a test makes a response arrive, and the listeners hear it. */
import type { PasswordRequest, TabResponse, WebRequestPort } from "../web-request-port.ts";

export interface FakeWebRequestPort extends WebRequestPort {
	respond(response: TabResponse): void;
	sendPassword(request: PasswordRequest): void;
	/** How many response listeners are registered (each is one browser listener in the real port). */
	responseListeners(): number;
}

export function createFakeWebRequestPort(): FakeWebRequestPort {
	const listeners: ((response: TabResponse) => void)[] = [];
	const passwordListeners: ((request: PasswordRequest) => void)[] = [];
	return {
		onResponse: (listener) => void listeners.push(listener),
		onPasswordRequest: (listener) => void passwordListeners.push(listener),
		respond(response) {
			for (const listener of listeners) listener(structuredClone(response));
		},
		responseListeners: () => listeners.length,
		sendPassword(request) {
			for (const listener of passwordListeners) listener(structuredClone(request));
		},
	};
}
