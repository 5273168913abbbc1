import { useEffect, useState } from "preact/hooks";
import { identityKey } from "../../core/cookie.ts";
import type { CookieReport } from "../../core/report.ts";
import { CookieRow } from "./cookie-row.tsx";
import type { CookieRowActions } from "./cookie-row-actions.ts";

/**
 * Rows a 600 px popup can show at once, and then some. A long list opened later (other cookies) renders
 * these first and the rest right after the next paint.
 */
export const FIRST_ROWS = 30;

/**
 * Rows of cookies of one site; `idPrefix` keeps element ids unique across sections. `whole` renders every
 * row in the first commit: the session and csrf rows are the first screen (README, "Speed").
 */
export function CookieList(props: {
	cookies: readonly CookieReport[];
	site: string;
	idPrefix: string;
	actions: CookieRowActions;
	label: string;
	whole?: boolean;
}) {
	const [limit, setLimit] = useState(props.whole ? Number.POSITIVE_INFINITY : FIRST_ROWS);
	const complete = limit >= props.cookies.length;
	useEffect(() => {
		if (complete) return;
		const timer = setTimeout(() => setLimit(Number.POSITIVE_INFINITY), 0);
		return () => clearTimeout(timer);
	}, [complete]);
	return (
		<ul class="cookies" aria-label={props.label} data-complete={complete}>
			{props.cookies.slice(0, limit).map((c, i) => (
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
