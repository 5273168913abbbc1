import { useT } from "../../ui/common/i18n.ts";
import type { SiteFilter } from "./sort-sites.ts";

/** Filter by site name, by cookie store (containers, private windows), and to sites with sessions. */
export function OverviewFilters(props: {
	filter: SiteFilter;
	stores: string[];
	onChange(filter: SiteFilter): void;
}) {
	const t = useT();
	const { filter, onChange } = props;
	return (
		<search class="filters">
			<label>
				{t("overviewFilter")}{" "}
				<input
					type="search"
					value={filter.text}
					data-filter
					onInput={(e) => onChange({ ...filter, text: e.currentTarget.value })}
				/>
			</label>
			{props.stores.length > 1 ? (
				<label>
					{t("overviewStore")}{" "}
					<select
						value={filter.storeId}
						onChange={(e) => onChange({ ...filter, storeId: e.currentTarget.value })}
					>
						<option value="">{t("overviewAllStores")}</option>
						{props.stores.map((s) => (
							<option key={s} value={s}>
								{s}
							</option>
						))}
					</select>
				</label>
			) : null}
			<label>
				<input
					type="checkbox"
					checked={filter.sessionsOnly}
					data-sessions-only
					onChange={(e) => onChange({ ...filter, sessionsOnly: e.currentTarget.checked })}
				/>{" "}
				{t("overviewSessionsOnly")}
			</label>
		</search>
	);
}
