import { useState } from "preact/hooks";
import { originPattern } from "../core/site/origin-pattern.ts";
import { requestHostAccess } from "../messaging/client.ts";
import { I18n, type Translate } from "../ui/i18n.ts";
import { TabReportView } from "./tab-report-view.tsx";
import { type TabReportState, useTabReport } from "./use-tab-report.ts";

/** Names the rendered state for styling and for tests that wait until the popup has settled. */
function stateName(state: TabReportState): string {
	if (state.status !== "ready") return state.status;
	const r = state.report;
	if (!r.inspectable) return "not-inspectable";
	if (r.access === "missing") return "access-missing";
	return r.sites.length === 0 ? "empty" : "ready";
}

/** The popup: loads the tab's report and renders it; the only place that wires actions to the browser. */
export function App({ translate, search }: { translate: Translate; search: string }) {
	const { state, reload } = useTabReport(search);
	const [request, setRequest] = useState<"idle" | "pending" | "denied">("idle");
	let body = <p class="state">{translate("loading")}</p>;
	if (state.status === "error") {
		body = (
			<p class="state error" role="alert">
				{translate("errorPrefix", [state.message])}
			</p>
		);
	} else if (state.status === "ready") {
		const url = state.report.url;
		const grantAccess = () => {
			// Called straight from the click: permissions.request needs the user gesture.
			setRequest("pending");
			requestHostAccess([originPattern(url)])
				.then((granted) => {
					setRequest(granted ? "idle" : "denied");
					if (granted) reload();
				})
				.catch(() => setRequest("denied"));
		};
		body = <TabReportView report={state.report} now={state.receivedAt} actions={{ grantAccess }} />;
	}
	return (
		<I18n.Provider value={translate}>
			<h1 class="title">Session Hygiene</h1>
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
			<div data-state={stateName(state)}>{body}</div>
		</I18n.Provider>
	);
}
