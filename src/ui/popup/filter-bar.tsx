import { useT } from "../common/i18n.ts";
import type { CookieFilter } from "../cookie/cookie-filter.ts";

/** Filter by name and "only with findings". */
export function FilterBar({
	filter,
	onChange,
}: {
	filter: CookieFilter;
	onChange(filter: CookieFilter): void;
}) {
	const t = useT();
	return (
		<div class="filter">
			<input
				type="search"
				data-filter-name
				placeholder={t("filterPlaceholder")}
				aria-label={t("filterLabel")}
				value={filter.name}
				onInput={(e) => onChange({ ...filter, name: e.currentTarget.value })}
			/>
			<label class="check">
				<input
					type="checkbox"
					data-filter-findings
					checked={filter.onlyWithFindings}
					onChange={(e) => onChange({ ...filter, onlyWithFindings: e.currentTarget.checked })}
				/>
				{t("onlyWithFindings")}
			</label>
		</div>
	);
}
