import { useT } from "../../ui/common/i18n.ts";

/** The bulk actions: log out of the selected sites; clear sessions older than N days (selected sites, or all). */
export function BulkBar(props: {
	selectedCount: number;
	days: string;
	busy: boolean;
	onDays(days: string): void;
	onLogout(): void;
	onClearOld(): void;
}) {
	const t = useT();
	const days = Number(props.days);
	const validDays = props.days.trim() !== "" && Number.isFinite(days) && days >= 0;
	return (
		<fieldset class="bulk-bar">
			<legend class="sr-only">{t("overviewBulkLabel")}</legend>
			<button
				type="button"
				data-logout
				disabled={props.busy || props.selectedCount === 0}
				onClick={props.onLogout}
			>
				{t("overviewLogout", [String(props.selectedCount)])}
			</button>
			<label>
				{t("overviewOlderThan")}{" "}
				<input
					type="text"
					inputMode="numeric"
					size={4}
					value={props.days}
					data-days
					aria-invalid={validDays ? undefined : true}
					onInput={(e) => props.onDays(e.currentTarget.value)}
				/>{" "}
				{t("overviewDays")}
			</label>
			<button type="button" data-clear-old disabled={props.busy || !validDays} onClick={props.onClearOld}>
				{props.selectedCount > 0 ? t("overviewClearOldSelected") : t("overviewClearOldAll")}
			</button>
		</fieldset>
	);
}
