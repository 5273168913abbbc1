/** Every popup action, sent through the background; each ends in a notice and, if it changed the report, a fresh one. */
import { useMemo, useState } from "preact/hooks";
import { createClient } from "../messaging/client.ts";
import type { Notice, PopupActions, PopupStatus } from "../ui/popup/popup-model.ts";
import {
	type ActionHandlers,
	cookieHandlers,
	type HandledAction,
	type HandlerDeps,
	outputHandlers,
	siteHandlers,
} from "./action-handlers.ts";
import { errorNotice } from "./action-notice.ts";

export function usePopupActions(
	tabId: number | undefined,
	reload: () => void,
	base: Pick<PopupActions, "grantAccess">,
) {
	const client = useMemo(() => createClient(), []);
	const [busy, setBusy] = useState(false);
	const [notice, setNotice] = useState<Notice | null>(null);
	const deps: HandlerDeps = {
		client,
		tabId: () => {
			if (tabId === undefined) throw new Error("There is no tab to act on.");
			return tabId;
		},
	};
	const handlers: ActionHandlers = {
		...cookieHandlers(deps),
		...siteHandlers(deps),
		...outputHandlers(deps),
	};
	const wrapped = Object.fromEntries(
		Object.entries(handlers).map(([name, { run, changesReport }]) => [
			name,
			(...args: unknown[]) => {
				setBusy(true);
				(run as (...a: unknown[]) => Promise<Notice>)(...args)
					.then(setNotice, (error: unknown) => setNotice(errorNotice(error)))
					.finally(() => {
						setBusy(false);
						if (changesReport) reload();
					});
			},
		]),
	) as unknown as Pick<PopupActions, HandledAction>;
	const actions: PopupActions = { ...base, ...wrapped, dismissNotice: () => setNotice(null) };
	const status: PopupStatus = { busy, notice };
	return { actions, status, showNotice: setNotice };
}
