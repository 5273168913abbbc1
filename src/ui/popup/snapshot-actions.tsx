import { formatDuration } from "../common/expiry.ts";
import { useT } from "../common/i18n.ts";
import { useNow } from "../common/now-context.ts";
import type { PopupActions, SnapshotInfo } from "./popup-model.ts";

/** Snapshot and restore a site's session cookies: the replay test, explained in one sentence. */
export function SnapshotActions(props: {
	site: string;
	snapshot: SnapshotInfo | undefined;
	actions: PopupActions;
	busy: boolean;
}) {
	const { site, snapshot, actions, busy } = props;
	const t = useT();
	const now = useNow();
	return (
		<div class="snapshot">
			<div class="toolbar">
				<button
					type="button"
					class="secondary"
					data-action="snapshot"
					disabled={busy}
					onClick={() => actions.snapshotSite(site)}
				>
					{t("snapshot")}
				</button>
				<button
					type="button"
					class="secondary"
					data-action="restore"
					disabled={busy || snapshot === undefined}
					onClick={() => snapshot && actions.restoreSnapshot(snapshot.snapshotId)}
				>
					{t("restoreSnapshot")}
				</button>
				{snapshot ? (
					<span class="muted" data-snapshot-count={snapshot.count}>
						{t("snapshotTaken", [String(snapshot.count), formatDuration(now - snapshot.takenAt)])}
					</span>
				) : null}
			</div>
			<p class="muted hint">{t("replayExplained")}</p>
		</div>
	);
}
