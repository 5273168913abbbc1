import type { Client } from "../../messaging/client.ts";
import { I18n, type Translate } from "../../ui/common/i18n.ts";
import { LoadError, Loading } from "../../ui/common/load-state.tsx";
import { OverviewView } from "./overview-view.tsx";
import { useOverview } from "./use-overview.ts";

/** The all-sessions overview page: every site with cookies in every store. */
export function OverviewApp({ translate, client }: { translate: Translate; client: Client }) {
	const { state, actions } = useOverview(client);
	let body = <Loading text={translate("overviewLoading")} />;
	if (state.status === "error") {
		body = <LoadError message={state.message} />;
	} else if (state.status === "ready") {
		body =
			state.value.sites.length === 0 ? (
				<p class="state">{translate("overviewEmpty")}</p>
			) : (
				<OverviewView overview={state.value} actions={actions} />
			);
	}
	return (
		<I18n.Provider value={translate}>
			<header class="page-head">
				<h1>{translate("overviewHeading")}</h1>
				<a href="../index.html">{translate("optionsLink")}</a>
			</header>
			<div data-state={state.status} aria-live="polite">
				{body}
			</div>
		</I18n.Provider>
	);
}
