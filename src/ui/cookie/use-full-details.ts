/**
 * A cookie's findings, history and known-cookie entry for its details: the report's at once, replaced by
 * those with fix texts, history and description once in.
 */
import { useEffect, useState } from "preact/hooks";
import type { CookieReport } from "../../core/report.ts";
import type { CookieDetailsReply, CookieRowActions } from "./cookie-row-actions.ts";

/** The report's own, until the full details are in; no history, which only getCookieFindings has. */
function fromReport(cookie: CookieReport): CookieDetailsReply {
	return cookie.knownAs
		? { findings: cookie.findings, history: [], knownAs: cookie.knownAs }
		: { findings: cookie.findings, history: [] };
}

export function useFullDetails(
	cookie: CookieReport,
	detailsOf: CookieRowActions["detailsOf"],
): Readonly<CookieDetailsReply> {
	const [full, setFull] = useState<{ of: CookieReport; reply: CookieDetailsReply } | undefined>(undefined);
	useEffect(() => {
		if (!detailsOf) return;
		let current = true;
		// A cookie gone from the jar meanwhile keeps the report's findings; the next report drops its row.
		detailsOf(cookie).then(
			(reply) => current && setFull({ of: cookie, reply }),
			() => undefined,
		);
		return () => {
			current = false;
		};
	}, [cookie, detailsOf]);
	return full?.of === cookie ? full.reply : fromReport(cookie);
}
