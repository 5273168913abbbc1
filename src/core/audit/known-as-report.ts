/** What known-cookie data says of a cookie, as the report contract writes it (CookieReport.knownAs). */
import type { KnownAsReport } from "../report.ts";
import type { KnownAs } from "../roles/known-cookies.ts";

/** One report object per entry: entries are shared by every cookie of their name (`npm run bench`). */
const reports = new WeakMap<KnownAs, KnownAsReport>();

/** The report form of an entry: the category in lower case, as the report's other enumerations are. */
export function knownAsReport(known: KnownAs): KnownAsReport {
	let report = reports.get(known);
	if (report === undefined) {
		const category = known.category.toLowerCase() as KnownAsReport["category"];
		report =
			known.description === undefined
				? { platform: known.platform, category }
				: { platform: known.platform, category, description: known.description };
		reports.set(known, report);
	}
	return report;
}
