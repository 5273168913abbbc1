import type { CookieReport } from "../../core/report.ts";
import { useT } from "../shared/i18n.ts";

function Chip({ label, good, name }: { label: string; good: boolean | null; name: string }) {
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
			<Chip name="secure" label={cookie.secure ? "Secure" : t("notSecure")} good={cookie.secure} />
			<Chip name="httponly" label={cookie.httpOnly ? "HttpOnly" : t("notHttpOnly")} good={cookie.httpOnly} />
			<Chip
				name="samesite"
				label={sameSite}
				good={cookie.sameSite === "lax" || cookie.sameSite === "strict"}
			/>
			<Chip name="scope" label={cookie.hostOnly ? t("hostOnly") : t("domainWide")} good={cookie.hostOnly} />
			{cookie.partitionKey ? <Chip name="partitioned" label={t("partitioned")} good={null} /> : null}
			{prefix ? <Chip name="prefix" label={prefix} good={true} /> : null}
		</ul>
	);
}
