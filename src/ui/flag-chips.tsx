import type { CookieReport } from "../core/report.ts";
import { useT } from "./i18n.ts";

function Chip({ label, good, name }: { label: string; good: boolean; name: string }) {
	return (
		<li class={good ? "chip chip-good" : "chip chip-bad"} data-chip={name}>
			{label}
		</li>
	);
}

/** Secure, HttpOnly, SameSite and scope of one cookie, each marked good or bad for a session cookie. */
export function FlagChips({ cookie }: { cookie: CookieReport }) {
	const t = useT();
	const sameSite =
		cookie.sameSite === "unspecified"
			? t("sameSiteUnspecified")
			: t("sameSiteLabel", [cookie.sameSite[0]?.toUpperCase() + cookie.sameSite.slice(1)]);
	return (
		<ul class="chips" aria-label="Attributes">
			<Chip name="secure" label={cookie.secure ? "Secure" : "not Secure"} good={cookie.secure} />
			<Chip name="httponly" label={cookie.httpOnly ? "HttpOnly" : "not HttpOnly"} good={cookie.httpOnly} />
			<Chip
				name="samesite"
				label={sameSite}
				good={cookie.sameSite === "lax" || cookie.sameSite === "strict"}
			/>
			<Chip name="scope" label={cookie.hostOnly ? t("hostOnly") : t("domainWide")} good={cookie.hostOnly} />
			{cookie.partitionKey ? <Chip name="partitioned" label="Partitioned" good={true} /> : null}
		</ul>
	);
}
