import { useState } from "preact/hooks";
import type { CookieReport } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";
import { useNow } from "../common/now-context.ts";
import { isSessionLike } from "../common/session-like.ts";
import type { CookieRowActions } from "./cookie-row-actions.ts";
import { MarkRoleButton } from "./mark-role-button.tsx";

const EXPIRE_IN_MINUTES = [1, 5, 15] as const;

/** `datetime-local` gives local wall-clock time without a zone; Date parses it as local time. */
export function parseLocalDateTime(text: string): number | undefined {
	const ms = new Date(text).getTime();
	return text === "" || Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

function ChosenTime({ onExpire }: { onExpire: (at: number) => void }) {
	const t = useT();
	const [text, setText] = useState("");
	const at = parseLocalDateTime(text);
	return (
		<span class="chosen-time">
			<input
				type="datetime-local"
				aria-label={t("expireAtLabel")}
				value={text}
				onInput={(e) => setText(e.currentTarget.value)}
			/>
			<button
				type="button"
				class="small"
				data-action="expire-at"
				disabled={at === undefined}
				onClick={() => at && onExpire(at)}
			>
				{t("expireAt")}
			</button>
		</span>
	);
}

/** What can be done to one cookie, each through the background (which verifies it in the jar). */
export function CookieActions(props: { cookie: CookieReport; site: string; actions: CookieRowActions }) {
	const { cookie, site, actions } = props;
	const t = useT();
	const now = useNow();
	const expire = (at: number) => actions.expireCookies([cookie], at);
	return (
		<fieldset class="cookie-actions" aria-label={t("cookieActionsLabel", [cookie.name])}>
			<button
				type="button"
				class="small danger"
				data-action="delete"
				onClick={() => actions.clearCookies([cookie])}
			>
				{t("deleteCookie")}
			</button>
			<button type="button" class="small" data-action="expire-now" onClick={() => expire(now)}>
				{t("expireNow")}
			</button>
			<span class="label">{t("expireIn")}</span>
			{EXPIRE_IN_MINUTES.map((m) => (
				<button
					key={m}
					type="button"
					class="small"
					data-action={`expire-${m}`}
					aria-label={t("expireInMinutes", [String(m)])}
					onClick={() => expire(Math.floor(now) + m * 60)}
				>
					{t("minutesShort", [String(m)])}
				</button>
			))}
			<ChosenTime onExpire={expire} />
			<MarkRoleButton
				cookie={cookie}
				site={site}
				actions={actions}
				marks={isSessionLike(cookie) ? "other" : "session"}
				action="mark-role"
			/>
		</fieldset>
	);
}
