/** A cookie's role in its details: how sure it is and why, as "session · guess — <reason>". */
import type { CookieReport } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";

export function RoleLine({ cookie }: { cookie: CookieReport }) {
	const t = useT();
	const role = t(`role_${cookie.role}`);
	const confidence = t(`confidence_${cookie.roleConfidence}`);
	return (
		<p class="role-why" data-confidence={cookie.roleConfidence}>
			<strong>{t("roleAndConfidence", [role, confidence])}</strong> {t("roleBecause", [cookie.roleReason])}
		</p>
	);
}
