/** "Mark as session" or "Not a session": remembers the role of the cookie's name on this site. */
import type { CookieReport } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";
import type { CookieRowActions } from "./cookie-row-actions.ts";

export function MarkRoleButton(props: {
	cookie: CookieReport;
	site: string;
	actions: Pick<CookieRowActions, "markRole">;
	/** The role it saves: `session`, or `other` for "Not a session". */
	marks: "session" | "other";
	/** The button's `data-action`: the details' toggle and the row's answers are told apart by it. */
	action: string;
}) {
	const { cookie, site, actions, marks, action } = props;
	const t = useT();
	return (
		<button
			type="button"
			class="small"
			data-action={action}
			onClick={() => actions.markRole(cookie, site, marks)}
		>
			{marks === "session" ? t("markSession") : t("markNotSession")}
		</button>
	);
}
