import { useContext, useState } from "preact/hooks";
import type { SiteReport } from "../../core/report.ts";
import { ConfirmPanel } from "../common/confirm-panel.tsx";
import { useT } from "../common/i18n.ts";
import { isSessionLike } from "../common/session-like.ts";
import type { PopupActions, SnapshotInfo } from "./popup-model.ts";
import { SignInTest } from "./sign-in-test.tsx";
import { SignInTests } from "./sign-in-test-port.ts";
import { SignOutTest } from "./sign-out-test.tsx";
import { SignOutTests } from "./sign-out-test-port.ts";
import { SnapshotActions } from "./snapshot-actions.tsx";

type Pending = "logout" | "clear" | null;

/** Site-wide actions: log out, clear everything, and the snapshot/restore replay test, and the sign-in test. */
export function SiteActions(props: {
	site: SiteReport;
	snapshot: SnapshotInfo | undefined;
	actions: PopupActions;
	busy: boolean;
}) {
	const { site, actions, busy } = props;
	const t = useT();
	const [pending, setPending] = useState<Pending>(null);
	const signInTests = useContext(SignInTests);
	const signOutTests = useContext(SignOutTests);
	const sessions = site.cookies.filter(isSessionLike).length;
	const id = `confirm-${site.site}`;
	return (
		<fieldset class="site-actions" aria-label={t("siteActionsLabel", [site.site])}>
			<div class="toolbar">
				<button type="button" data-action="logout" disabled={busy} onClick={() => setPending("logout")}>
					{t("logoutSite")}
				</button>
				<button
					type="button"
					class="secondary"
					data-action="clear-site"
					disabled={busy}
					onClick={() => setPending("clear")}
				>
					{t("clearSite")}
				</button>
			</div>
			{pending === "logout" ? (
				<ConfirmPanel
					id={id}
					question={t("confirmLogout", [site.site, String(sessions)])}
					confirmLabel={t("logoutConfirm")}
					onConfirm={() => {
						setPending(null);
						actions.logoutSite(site.site);
					}}
					onCancel={() => setPending(null)}
				/>
			) : null}
			{pending === "clear" ? (
				<ConfirmPanel
					id={id}
					question={t("confirmClearSite", [site.site, String(site.cookies.length)])}
					confirmLabel={t("clearSiteConfirm")}
					onConfirm={() => {
						setPending(null);
						actions.clearSite(site.site);
					}}
					onCancel={() => setPending(null)}
				/>
			) : null}
			<SnapshotActions site={site.site} snapshot={props.snapshot} actions={actions} busy={busy} />
			{signInTests ? <SignInTest site={site.site} port={signInTests} busy={busy} /> : null}
			{signOutTests ? (
				<SignOutTest
					site={site.site}
					port={signOutTests}
					busy={busy}
					canStart={site.cookies.some((c) => c.role === "session")}
				/>
			) : null}
		</fieldset>
	);
}
