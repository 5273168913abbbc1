/** The sign-out test's messages for one tab (docs/protocol.md, "The sign-out test"); a failure is a banner. */
import type { Client } from "../messaging/client.ts";
import type { Notice } from "../ui/popup/popup-model.ts";
import type { SignOutTestPort } from "../ui/popup/sign-out-test-port.ts";
import { errorNotice } from "./action-notice.ts";

export function signOutTestClient(
	client: Client,
	tabId: number,
	showNotice: (notice: Notice) => void,
	reload: () => void,
): SignOutTestPort {
	const told = <T>(reply: Promise<T>): Promise<T | undefined> =>
		reply.catch((error: unknown) => {
			showNotice(errorNotice(error));
			return undefined;
		});
	return {
		get: (site) => told(client("getSignOutTest", { tabId, site })),
		start: (site) => told(client("startSignOutTest", { tabId, site })),
		confirm: (site, signedIn, keep) => told(client("confirmSignOutTest", { tabId, site, signedIn, keep })),
		cancel: (site) => told(client("cancelSignOutTest", { tabId, site })),
		finished: reload,
	};
}
