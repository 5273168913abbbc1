/** A cookie's findings and history for its details: the report's at once, replaced by the full ones once in. */
import { useEffect, useState } from "preact/hooks";
import type { CookieReport } from "../../core/report.ts";
import type { CookieFindings } from "../../core/tab-report.ts";
import type { CookieRowActions } from "./cookie-row-actions.ts";

export function useFullFindings(
	cookie: CookieReport,
	findingsOf: CookieRowActions["findingsOf"],
): CookieFindings {
	const [full, setFull] = useState<{ of: CookieReport; details: CookieFindings } | undefined>(undefined);
	useEffect(() => {
		if (!findingsOf) return;
		let current = true;
		// A cookie gone from the jar meanwhile keeps the report's findings; the next report drops its row.
		findingsOf(cookie).then(
			(details) => current && setFull({ of: cookie, details }),
			() => undefined,
		);
		return () => {
			current = false;
		};
	}, [cookie, findingsOf]);
	return full?.of === cookie ? full.details : { findings: cookie.findings, history: [] };
}
