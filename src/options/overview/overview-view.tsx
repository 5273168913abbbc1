import { useMemo, useState } from "preact/hooks";
import type { ActionResult } from "../../core/tab-report.ts";
import type { Overview, OverviewTarget } from "../../messaging/overview-types.ts";
import { ConfirmPanel } from "../../ui/common/confirm-panel.tsx";
import { useT } from "../../ui/common/i18n.ts";
import { ActionSummary } from "./action-summary.tsx";
import { BulkBar } from "./bulk-bar.tsx";
import { OverviewFilters } from "./overview-filters.tsx";
import { OverviewTable } from "./overview-table.tsx";
import {
	filterSites,
	type SiteFilter,
	type SortKey,
	type SortOrder,
	sortSites,
	targetKey,
} from "./sort-sites.ts";
import type { OverviewActions } from "./use-overview.ts";

type Pending = { kind: "logout" } | { kind: "clearOld"; days: number } | undefined;

function useSelection() {
	const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
	const select = (keys: string[], on: boolean) => {
		const next = new Set(selected);
		for (const k of keys) on ? next.add(k) : next.delete(k);
		setSelected(next);
	};
	return { selected, select, clear: () => setSelected(new Set()) };
}

/** The overview: filters, the sortable table, bulk actions behind a confirmation, and what they did. */
export function OverviewView({ overview, actions }: { overview: Overview; actions: OverviewActions }) {
	const t = useT();
	const [order, setOrder] = useState<SortOrder>({ key: "grade", descending: true });
	const [filter, setFilter] = useState<SiteFilter>({ text: "", storeId: "", sessionsOnly: false });
	const [days, setDays] = useState("30");
	const [pending, setPending] = useState<Pending>();
	const [busy, setBusy] = useState(false);
	const [results, setResults] = useState<ActionResult[]>();
	const { selected, select, clear } = useSelection();
	const rows = useMemo(
		() => sortSites(filterSites(overview.sites, filter), order),
		[overview, filter, order],
	);
	// Only the target's fields go to the background, not the whole row.
	const targets: OverviewTarget[] = overview.sites
		.filter((s) => selected.has(targetKey(s)))
		.map(({ site, storeId }) => ({ site, storeId }));
	const onSort = (key: SortKey) =>
		setOrder({ key, descending: order.key === key ? !order.descending : key !== "site" });
	const run = async (action: Promise<ActionResult[]>) => {
		setPending(undefined);
		setBusy(true);
		try {
			setResults(await action);
			clear();
		} finally {
			setBusy(false);
		}
	};
	const confirm = () => {
		if (pending?.kind === "logout") run(actions.logoutSites(targets));
		if (pending?.kind === "clearOld") run(actions.clearOldSessions(pending.days, targets));
	};
	const question =
		pending?.kind === "logout"
			? t("overviewConfirmLogout", [String(targets.length)])
			: t("overviewConfirmClearOld", [String(pending?.kind === "clearOld" ? pending.days : 0)]);
	return (
		<>
			<p class="hint" data-totals>
				{t("overviewTotals", [
					String(overview.sites.length),
					String(overview.cookieCount),
					String(overview.stores.length),
				])}
			</p>
			<OverviewFilters filter={filter} stores={overview.stores} onChange={setFilter} />
			<BulkBar
				selectedCount={targets.length}
				days={days}
				busy={busy}
				onDays={setDays}
				onLogout={() => setPending({ kind: "logout" })}
				onClearOld={() => setPending({ kind: "clearOld", days: Number(days) })}
			/>
			{pending ? (
				<ConfirmPanel
					id="overview-confirm"
					question={question}
					confirmLabel={t("overviewConfirm")}
					onConfirm={confirm}
					onCancel={() => setPending(undefined)}
				/>
			) : null}
			{results ? <ActionSummary results={results} /> : null}
			<OverviewTable
				sites={rows}
				now={overview.now}
				order={order}
				selected={selected}
				showStore={overview.stores.length > 1}
				onSort={onSort}
				onSelect={select}
			/>
		</>
	);
}
