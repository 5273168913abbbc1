/** Extension messaging through a narrow port, so messaging/ is testable without a browser. */
import { browser, type Runtime } from "./browser.ts";

export interface MessageSender {
	/** URL of the sending page; absent for senders outside the extension. */
	url?: string;
	/** Extension id of the sender. */
	id?: string;
}

export interface RuntimePort {
	/** Our own extension origin, such as `chrome-extension://<id>/`. */
	ownOrigin(): string;
	ownId(): string;
	sendMessage(message: unknown): Promise<unknown>;
	onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void;
}

export function createBrowserRuntimePort(): RuntimePort {
	return {
		ownOrigin: () => browser.runtime.getURL(""),
		ownId: () => browser.runtime.id,
		sendMessage: (message) => browser.runtime.sendMessage(message),
		onMessage(handler) {
			browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
				const from: MessageSender = {};
				if (sender.url !== undefined) from.url = sender.url;
				if (sender.id !== undefined) from.id = sender.id;
				return handler(message, from);
			});
		},
	};
}
