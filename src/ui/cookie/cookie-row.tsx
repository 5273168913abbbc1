import { useState } from "preact/hooks";
import type { CookieReport } from "../../core/report.ts";
import { worstSeverity } from "../../core/severity.ts";
import { useT } from "../common/i18n.ts";
import { FindingList } from "../finding/finding-list.tsx";
import { CookieDetails } from "./cookie-details.tsx";
import type { CookieRowActions } from "./cookie-row-actions.ts";
import { ExpiryText } from "./expiry-text.tsx";
import { FlagChips } from "./flag-chips.tsx";
import { RoleQuestion } from "./role-question.tsx";
import { RoleTag } from "./role-tag.tsx";

export interface CookieRowProps {
	cookie: CookieReport;
	site: string;
	/** Unique within the popup, for aria-controls. */
	rowId: string;
	actions: CookieRowActions;
}

/**
 * One cookie: name, role, expiry, scope, attribute chips and findings, and for a guessed role the question
 * whether it is a login; details and actions on expand.
 */
export function CookieRow({ cookie, site, rowId, actions }: CookieRowProps) {
	const t = useT();
	const [open, setOpen] = useState(false);
	const worst = worstSeverity(cookie.findings) ?? "none";
	const detailsId = `${rowId}-details`;
	return (
		<li
			class={`cookie worst-${worst}`}
			data-cookie={cookie.name}
			data-domain={cookie.domain}
			data-path={cookie.path}
			data-role={cookie.role}
			data-confidence={cookie.roleConfidence}
		>
			<div class="cookie-head">
				<button
					type="button"
					class="cookie-toggle"
					aria-expanded={open}
					aria-controls={detailsId}
					onClick={() => setOpen(!open)}
				>
					<span class="twisty" aria-hidden="true" />
					<span class="cookie-name">{cookie.name === "" ? t("nameless") : cookie.name}</span>
				</button>
				<RoleTag cookie={cookie} />
				<ExpiryText expires={cookie.expires} />
			</div>
			<div class="cookie-scope">
				{cookie.domain}
				{cookie.path}
			</div>
			<FlagChips cookie={cookie} />
			<FindingList findings={cookie.findings} />
			{cookie.roleConfidence === "guess" ? (
				<RoleQuestion cookie={cookie} site={site} id={`${rowId}-question`} actions={actions} />
			) : null}
			{open ? <CookieDetails id={detailsId} cookie={cookie} site={site} actions={actions} /> : null}
		</li>
	);
}
