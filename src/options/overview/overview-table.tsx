import type { OverviewSite } from "../../messaging/overview-types.ts";
import { formatDuration } from "../../ui/common/expiry.ts";
import { useT } from "../../ui/common/i18n.ts";
import { type SortKey, type SortOrder, targetKey } from "./sort-sites.ts";

const COLUMNS: SortKey[] = ["site", "grade", "sessions", "cookies", "worst", "age"];

function SortHeader(props: { column: SortKey; order: SortOrder; onSort(key: SortKey): void }) {
	const t = useT();
	const active = props.order.key === props.column;
	const sort = active ? (props.order.descending ? "descending" : "ascending") : "none";
	return (
		<th scope="col" aria-sort={sort}>
			<button type="button" class="sort" data-sort={props.column} onClick={() => props.onSort(props.column)}>
				{t(`overviewColumn_${props.column}`)}
				<span aria-hidden="true">{active ? (props.order.descending ? " ▼" : " ▲") : ""}</span>
			</button>
		</th>
	);
}

function Row(props: {
	site: OverviewSite;
	now: number;
	selected: boolean;
	onToggle(): void;
	showStore: boolean;
}) {
	const t = useT();
	const { site } = props;
	const name = props.showStore ? `${site.site} (${site.storeId})` : site.site;
	return (
		<tr data-site={site.site} data-store={site.storeId} data-grade={site.grade}>
			<td>
				<input
					type="checkbox"
					checked={props.selected}
					onChange={props.onToggle}
					aria-label={t("overviewSelect", [name])}
				/>
			</td>
			<th scope="row">{name}</th>
			<td class={`grade-cell grade-${site.grade.replace("+", "plus")}`}>{site.grade}</td>
			<td data-sessions>{site.sessionCount}</td>
			<td>{site.cookieCount}</td>
			<td>
				{site.worst ? (
					<span class={`sev-${site.worst.severity}`} title={site.worst.message} data-worst={site.worst.rule}>
						{site.worst.severity} · {site.worst.rule} ({site.worst.cookie})
					</span>
				) : (
					t("overviewNoFindings")
				)}
			</td>
			<td>{site.oldestSessionSince === null ? "—" : formatDuration(props.now - site.oldestSessionSince)}</td>
		</tr>
	);
}

/** Every site of every store, one row each, sortable by any column; rows are selected for bulk actions. */
export function OverviewTable(props: {
	sites: OverviewSite[];
	now: number;
	order: SortOrder;
	selected: ReadonlySet<string>;
	showStore: boolean;
	onSort(key: SortKey): void;
	onSelect(keys: string[], selected: boolean): void;
}) {
	const t = useT();
	const keys = props.sites.map(targetKey);
	const allSelected = keys.length > 0 && keys.every((k) => props.selected.has(k));
	return (
		<table class="overview-table">
			<caption class="sr-only">{t("overviewCaption")}</caption>
			<thead>
				<tr>
					<th scope="col">
						<input
							type="checkbox"
							checked={allSelected}
							onChange={() => props.onSelect(keys, !allSelected)}
							aria-label={t("overviewSelectAll")}
							data-select-all
						/>
					</th>
					{COLUMNS.map((c) => (
						<SortHeader key={c} column={c} order={props.order} onSort={props.onSort} />
					))}
				</tr>
			</thead>
			<tbody>
				{props.sites.map((site, i) => (
					<Row
						key={keys[i]}
						site={site}
						now={props.now}
						showStore={props.showStore}
						selected={props.selected.has(keys[i] ?? "")}
						onToggle={() => props.onSelect([keys[i] ?? ""], !props.selected.has(keys[i] ?? ""))}
					/>
				))}
			</tbody>
		</table>
	);
}
