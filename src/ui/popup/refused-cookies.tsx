import { rejectFix } from "../../core/jar/reject-fix.ts";
import type { RejectedCookie } from "../../core/report.ts";
import { Collapsible } from "../common/collapsible.tsx";
import { useT } from "../common/i18n.ts";

/** "POST /login 302 · 12:01:07": the response that carried the header, in the user's local time. */
function responseLine(r: NonNullable<RejectedCookie["response"]>): string {
	const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/[^?#]*)?/i.exec(r.url)?.[1] ?? "/";
	return `${r.method} ${path} ${r.status} · ${new Date(r.time).toLocaleTimeString()}`;
}

function RefusedCookie({ entry }: { entry: RejectedCookie }) {
	const t = useT();
	const fix = rejectFix(entry.reason);
	const { browsers } = entry;
	return (
		<li class="refused-cookie" data-refused-cookie data-reason={entry.reason}>
			<p class="refused-message">{entry.message}</p>
			<p>
				<code class="refused-header">{entry.setCookie}</code>
			</p>
			{entry.response ? <p class="muted">{responseLine(entry.response)}</p> : null}
			{browsers ? (
				<p class="refused-browsers" data-refused-browsers>
					{t("refusedBrowsers", [
						t(`browserVerdict_${browsers.chromium}`),
						t(`browserVerdict_${browsers.firefox}`),
					])}
				</p>
			) : null}
			{fix ? (
				<p class="refused-fix" data-refused-fix>
					<strong>{t("refusedFix")}</strong> {fix}
				</p>
			) : null}
		</li>
	);
}

/**
 * "Refused by the browser": each Set-Cookie of the tab's sites the browser did not store, with the
 * reason, the response and the fix (the background observes them: docs/design.md, "Version 2"). Open
 * by default: it answers "why is my cookie not set?"; a native <details>, so the keyboard folds it.
 */
export function RefusedCookies({ rejected }: { rejected: readonly RejectedCookie[] }) {
	const t = useT();
	if (rejected.length === 0) return null;
	const summary = (
		<span class="refused-summary">
			{t("refusedTitle")} <span class="muted">({rejected.length})</span>
		</span>
	);
	return (
		<section class="refused" data-refused aria-label={t("refusedTitle")}>
			<Collapsible section="refused" summary={summary} initiallyOpen>
				{() => (
					<ul class="refused-list">
						{rejected.map((entry) => (
							<RefusedCookie
								key={`${entry.setCookie}\u0000${entry.url}\u0000${entry.reason}`}
								entry={entry}
							/>
						))}
					</ul>
				)}
			</Collapsible>
		</section>
	);
}
