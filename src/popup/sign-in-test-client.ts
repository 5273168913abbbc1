/** The sign-in test's messages for one tab (docs/protocol.md, "Sign-ins"); a failure is a banner. */
import type { Client } from "../messaging/client.ts";
import type { Notice } from "../ui/popup/popup-model.ts";
import type { SignInTestPort } from "../ui/popup/sign-in-test-port.ts";
import { errorNotice } from "./action-notice.ts";

export function signInTestClient(
	client: Client,
	tabId: number,
	showNotice: (notice: Notice) => void,
	reload: () => void,
): SignInTestPort {
	const told = <T>(reply: Promise<T>): Promise<T | undefined> =>
		reply.catch((error: unknown) => {
			showNotice(errorNotice(error));
			return undefined;
		});
	return {
		get: (site) => told(client("getSignInTest", { tabId, site })),
		start: (site) => told(client("startSignInTest", { tabId, site })),
		finish: (site) => told(client("finishSignInTest", { tabId, site })),
		cancel: (site) => told(client("cancelSignInTest", { tabId, site })),
		finished: reload,
	};
}
