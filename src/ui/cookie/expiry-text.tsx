import { formatDuration } from "../common/expiry.ts";
import { useT } from "../common/i18n.ts";
import { useNow } from "../common/now-context.ts";

/** A cookie's expiry as a live countdown, or "until the browser closes" for a browser-session cookie. */
export function ExpiryText({ expires }: { expires: number | null }) {
	const t = useT();
	const now = useNow();
	if (expires === null) return <span class="expiry">{t("untilBrowserCloses")}</span>;
	const left = expires - now;
	return <span class="expiry">{left <= 0 ? t("expired") : t("expiresIn", [formatDuration(left)])}</span>;
}
