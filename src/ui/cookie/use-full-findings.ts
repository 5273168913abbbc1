/** A cookie's findings for its details: the report's at once, replaced by those with fix texts once in. */
import { useEffect, useState } from "preact/hooks";
import type { CookieReport, Finding } from "../../core/report.ts";
import type { CookieRowActions } from "./cookie-row-actions.ts";

export function useFullFindings(
	cookie: CookieReport,
	findingsOf: CookieRowActions["findingsOf"],
): readonly Finding[] {
	const [full, setFull] = useState<{ of: CookieReport; findings: Finding[] } | undefined>(undefined);
	useEffect(() => {
		if (!findingsOf) return;
		let current = true;
		// A cookie gone from the jar meanwhile keeps the report's findings; the next report drops its row.
		findingsOf(cookie).then(
			(findings) => current && setFull({ of: cookie, findings }),
			() => undefined,
		);
		return () => {
			current = false;
		};
	}, [cookie, findingsOf]);
	return full?.of === cookie ? full.findings : cookie.findings;
}
