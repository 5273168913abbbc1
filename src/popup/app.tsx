import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { originPattern } from "../core/site/origin-pattern.ts";
import type { TabReport } from "../core/tab-report.ts";
import { createClient, requestHostAccess } from "../messaging/client.ts";
import { I18n, type Translate } from "../ui/common/i18n.ts";
import { LoadError, Loading } from "../ui/common/load-state.tsx";
import type { Notice } from "../ui/popup/popup-model.ts";
import { PopupView } from "../ui/popup/popup-view.tsx";
import { SignInTests } from "../ui/popup/sign-in-test-port.ts";
import { SignOutTests } from "../ui/popup/sign-out-test-port.ts";
import { interruptedNotice } from "./action-notice.ts";
import { Clock } from "./clock.tsx";
import { signInTestClient } from "./sign-in-test-client.ts";
import { signOutTestClient } from "./sign-out-test-client.ts";
import { useCookieDetails } from "./use-cookie-details.ts";
import { usePopupActions } from "./use-popup-actions.ts";
import { FIRST_SCREEN, type TabReportState, useTabReport } from "./use-tab-report.ts";

/** Names the rendered state for styling and for tests that wait until the popup has settled. */
function stateName(state: TabReportState): string {
	if (state.status !== "ready") return state.status;
	const r = state.value;
	if (!r.inspectable) return "not-inspectable";
	if (r.access === "missing") return "access-missing";
	return r.sites.length === 0 ? "empty" : "ready";
}

type AccessRequest = "idle" | "pending" | "denied";

function useGrantAccess(url: string | undefined, reload: () => void) {
	const [request, setRequest] = useState<AccessRequest>("idle");
	const grantAccess = () => {
		if (url === undefined) return;
		// Called straight from the click: permissions.request needs the user gesture.
		setRequest("pending");
		requestHostAccess([originPattern(url)])
			.then((granted) => {
				setRequest(granted ? "idle" : "denied");
				if (granted) reload();
			})
			.catch(() => setRequest("denied"));
	};
	return { request, grantAccess };
}

/**
 * Marks the first commit of a report, once: the header and every session and csrf row are in it (the
 * session list renders whole, src/ui/cookie/cookie-list.tsx), so this is the first screen.
 */
function useFirstScreenMark(ready: boolean) {
	const marked = useRef(false);
	useLayoutEffect(() => {
		if (!ready || marked.current) return;
		marked.current = true;
		performance.mark(FIRST_SCREEN);
	}, [ready]);
}

/**
 * One client per tab for a guided test's panels (sign-in, sign-out), so they ask the background once
 * when they appear.
 */
function useTestClient<T>(
	make: (
		client: ReturnType<typeof createClient>,
		tabId: number,
		showNotice: (notice: Notice) => void,
		reload: () => void,
	) => T,
	tabId: number | undefined,
	showNotice: (notice: Notice) => void,
	reload: () => void,
) {
	const latestReload = useRef(reload);
	latestReload.current = reload;
	return useMemo(
		() =>
			tabId === undefined ? undefined : make(createClient(), tabId, showNotice, () => latestReload.current()),
		[tabId, showNotice],
	);
}

/** The popup: loads the tab's report, renders it, and wires the actions to the background. */
export function App(props: { translate: Translate; search: string; first?: Promise<TabReport> }) {
	const { translate, search } = props;
	const { state, reload } = useTabReport(search, props.first);
	const report = state.status === "ready" ? state.value : undefined;
	const { request, grantAccess } = useGrantAccess(report?.url, reload);
	const { actions, status, showNotice } = usePopupActions(report?.tabId, reload, { grantAccess });
	const detailsOf = useCookieDetails(report?.tabId);
	const signInTests = useTestClient(signInTestClient, report?.tabId, showNotice, reload);
	const signOutTests = useTestClient(signOutTestClient, report?.tabId, showNotice, reload);
	useFirstScreenMark(report !== undefined);
	// An interrupted action is told by one report only: keep it on screen until dismissed or replaced.
	const interruption = report?.interruption;
	useEffect(() => {
		if (interruption) showNotice(interruptedNotice(interruption));
	}, [interruption, showNotice]);
	let body = <Loading text={translate("loading")} />;
	if (state.status === "error") {
		body = <LoadError message={state.message} />;
	} else if (report) {
		body = (
			<SignInTests.Provider value={signInTests}>
				<SignOutTests.Provider value={signOutTests}>
					<PopupView report={report} actions={{ ...actions, detailsOf }} status={status} />
				</SignOutTests.Provider>
			</SignInTests.Provider>
		);
	}
	return (
		<I18n.Provider value={translate}>
			<Clock>
				{request === "denied" ? (
					<p class="state error" role="alert">
						{translate("accessDenied")}
					</p>
				) : null}
				{request === "pending" ? (
					<p class="state" role="status" data-pending-request>
						{translate("accessPending")}
					</p>
				) : null}
				<div data-state={stateName(state)} aria-busy={status.busy}>
					{body}
				</div>
			</Clock>
		</I18n.Provider>
	);
}
