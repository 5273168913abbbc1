import type { Notice, PopupActions } from "../popup/popup-model.ts";
import { useT } from "./i18n.ts";

/** The outcome of the last action; after a clear or logout it offers Undo. */
export function NoticeBanner({ notice, actions }: { notice: Notice; actions: PopupActions }) {
	const t = useT();
	return (
		<div
			class={`notice notice-${notice.tone}`}
			role={notice.tone === "error" ? "alert" : "status"}
			data-notice={notice.key}
		>
			<p>{t(notice.key, notice.substitutions)}</p>
			{notice.detail ? <p class="detail">{t(notice.detail.key, notice.detail.substitutions)}</p> : null}
			{notice.failures.length > 0 ? (
				<ul class="failures">
					{notice.failures.map((f) => (
						<li key={f}>{f}</li>
					))}
				</ul>
			) : null}
			<div class="toolbar">
				{notice.undo ? (
					<button type="button" data-action="undo" onClick={() => actions.undo()}>
						{t("undo")}
					</button>
				) : null}
				<button
					type="button"
					class="secondary"
					aria-label={t("dismissLabel")}
					onClick={() => actions.dismissNotice()}
				>
					{t("dismiss")}
				</button>
			</div>
		</div>
	);
}
