import type { CookieReport } from "../core/report.ts";
import { formatDuration } from "./expiry.ts";
import { FlagChips } from "./flag-chips.tsx";
import { useT } from "./i18n.ts";

function Expiry({ expires, now }: { expires: number | null; now: number }) {
	const t = useT();
	if (expires === null) return <span class="expiry">{t("untilBrowserCloses")}</span>;
	const left = expires - now;
	return <span class="expiry">{left <= 0 ? t("expired") : t("expiresIn", [formatDuration(left)])}</span>;
}

/** One cookie: name, scope, attribute chips, expiry and its findings. */
export function CookieRow({ cookie, now }: { cookie: CookieReport; now: number }) {
	return (
		<li class="cookie" data-cookie={cookie.name} data-domain={cookie.domain} data-path={cookie.path}>
			<div class="cookie-head">
				<span class="cookie-name">{cookie.name === "" ? "(nameless)" : cookie.name}</span>
				<span class={`role role-${cookie.role}`} title={cookie.roleReason}>
					{cookie.role}
				</span>
			</div>
			<div class="cookie-scope">
				{cookie.domain}
				{cookie.path} · <Expiry expires={cookie.expires} now={now} />
			</div>
			<FlagChips cookie={cookie} />
			{cookie.findings.length > 0 ? (
				<ul class="findings">
					{cookie.findings.map((f) => (
						<li key={f.rule} class={`finding sev-${f.severity}`} data-rule={f.rule}>
							<span class="sev">{f.severity}</span> {f.message}
						</li>
					))}
				</ul>
			) : null}
		</li>
	);
}
