import type { CookieReport } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";

function formatEpoch(seconds: number): string {
	return new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
}

/** Every stored attribute of the cookie, including its identity (store, partition, first-party domain). */
export function CookieAttributes({ cookie }: { cookie: CookieReport }) {
	const t = useT();
	const yes = t("yes");
	const no = t("no");
	const rows: [string, string][] = [
		["Domain", cookie.domain],
		[t("attrHostOnly"), cookie.hostOnly ? yes : no],
		["Path", cookie.path],
		["Secure", cookie.secure ? yes : no],
		["HttpOnly", cookie.httpOnly ? yes : no],
		["SameSite", cookie.sameSite],
		[t("attrExpires"), cookie.expires === null ? t("untilBrowserCloses") : formatEpoch(cookie.expires)],
		[t("attrPartition"), cookie.partitionKey?.topLevelSite ?? t("none")],
		[t("attrStore"), cookie.storeId ?? t("none")],
	];
	if (cookie.firstPartyDomain) rows.push([t("attrFirstParty"), cookie.firstPartyDomain]);
	return (
		<dl class="attributes" data-attributes>
			{rows.map(([k, v]) => (
				<div key={k} class="attribute">
					<dt>{k}</dt>
					<dd>{v}</dd>
				</div>
			))}
		</dl>
	);
}
