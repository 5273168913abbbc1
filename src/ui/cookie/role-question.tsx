/**
 * "Is this a login cookie?" on the row of a cookie whose role is a guess (docs/design.md, "Roles"),
 * answered with the mark-as-session buttons: the answer is a role override, and the next report's role
 * is known, so the question goes.
 */
import type { CookieReport } from "../../core/report.ts";
import { useT } from "../common/i18n.ts";
import type { CookieRowActions } from "./cookie-row-actions.ts";
import { MarkRoleButton } from "./mark-role-button.tsx";

export function RoleQuestion(props: {
	cookie: CookieReport;
	site: string;
	/** Unique within the popup: the group is named by its question. */
	id: string;
	actions: Pick<CookieRowActions, "markRole">;
}) {
	const { cookie, site, id, actions } = props;
	const t = useT();
	return (
		<fieldset class="role-question" aria-labelledby={id} data-role-question>
			<span id={id}>{t("loginQuestion")}</span>
			<MarkRoleButton cookie={cookie} site={site} actions={actions} marks="session" action="answer-session" />
			<MarkRoleButton cookie={cookie} site={site} actions={actions} marks="other" action="answer-other" />
		</fieldset>
	);
}
