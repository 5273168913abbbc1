import { identityKey } from "../core/cookie.ts";
import type { CookieReport } from "../core/report.ts";
import { CookieRow } from "./cookie-row.tsx";
import type { PopupActions } from "./popup-model.ts";

/** Rows of cookies of one site; `idPrefix` keeps element ids unique across sections. */
export function CookieList(props: {
	cookies: readonly CookieReport[];
	site: string;
	idPrefix: string;
	actions: PopupActions;
	label: string;
}) {
	return (
		<ul class="cookies" aria-label={props.label}>
			{props.cookies.map((c, i) => (
				<CookieRow
					key={identityKey(c)}
					cookie={c}
					site={props.site}
					rowId={`${props.idPrefix}-${i}`}
					actions={props.actions}
				/>
			))}
		</ul>
	);
}
