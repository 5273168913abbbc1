import type { CookieReport } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";

/**
 * One chip, as a plain function rather than a component: a first screen of 180 rows has about 700 chips,
 * and none needs state or context of its own. The markup is the same.
 */
function chip(name: string, label: string, good: boolean | null) {
	const tone = good === null ? "chip-neutral" : good ? "chip-good" : "chip-bad";
	return (
		<li class={`chip ${tone}`} data-chip={name}>
			{label}
		</li>
	);
}

/** The cookie-name prefix the browser enforces (RFC 6265bis §4.1.3), matched case-insensitively. */
export function cookiePrefix(name: string): "__Host-" | "__Secure-" | undefined {
	const lower = name.toLowerCase();
	if (lower.startsWith("__host-")) return "__Host-";
	if (lower.startsWith("__secure-")) return "__Secure-";
	return undefined;
}

/** Secure, HttpOnly, SameSite, scope, partitioning and prefix of one cookie, each marked good or bad. */
export function FlagChips({ cookie }: { cookie: CookieReport }) {
	const t = useT();
	const sameSite =
		cookie.sameSite === "unspecified"
			? t("sameSiteUnspecified")
			: t("sameSiteLabel", [cookie.sameSite[0]?.toUpperCase() + cookie.sameSite.slice(1)]);
	const prefix = cookiePrefix(cookie.name);
	return (
		<ul class="chips" aria-label={t("attributesLabel")}>
			{chip("secure", cookie.secure ? "Secure" : t("notSecure"), cookie.secure)}
			{chip("httponly", cookie.httpOnly ? "HttpOnly" : t("notHttpOnly"), cookie.httpOnly)}
			{chip("samesite", sameSite, cookie.sameSite === "lax" || cookie.sameSite === "strict")}
			{chip("scope", cookie.hostOnly ? t("hostOnly") : t("domainWide"), cookie.hostOnly)}
			{cookie.partitionKey ? chip("partitioned", t("partitioned"), null) : null}
			{prefix ? chip("prefix", prefix, true) : null}
		</ul>
	);
}
