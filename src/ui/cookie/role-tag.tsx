/** A cookie's role on its row, with a marker when it is only a guess. */
import type { CookieReport } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";

export function RoleTag({ cookie }: { cookie: CookieReport }) {
	const t = useT();
	return (
		<span class={`role role-${cookie.role}`}>
			{t(`role_${cookie.role}`)}
			{/* A space, not only a margin: screen readers read the two words apart. */}
			{cookie.roleConfidence === "guess" ? " " : null}
			{cookie.roleConfidence === "guess" ? (
				<span class="role-guess" data-role-guess>
					{t("confidence_guess")}
				</span>
			) : null}
		</span>
	);
}
