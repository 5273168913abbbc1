/**
 * The stderr note for cookies the jar evicted because their site went over the browsers' limit
 * (core/jar/site-limit.ts): without it, a report of 180 cookies would look like all the input held.
 */
import type { AuditSubject } from "../core/audit-input.ts";
import { SITE_LIMIT } from "../core/jar/site-limit.ts";
import { siteOf } from "../core/site/site-key.ts";

const count = (n: number) => n.toLocaleString("en-US");

/** One line per site that lost cookies, naming how many went and how many the report covers. */
export function evictionNotes(evicted: ReadonlyMap<string, number>, kept: readonly AuditSubject[]): string {
	if (evicted.size === 0) return "";
	const keptBySite = new Map<string, number>();
	for (const { cookie } of kept) {
		const site = siteOf(cookie.domain);
		keptBySite.set(site, (keptBySite.get(site) ?? 0) + 1);
	}
	let notes = "";
	for (const [site, gone] of evicted) {
		const cookies = gone === 1 ? "1 cookie" : `${count(gone)} cookies`;
		const verb = gone === 1 ? "was" : "were";
		notes += `session-hygiene: note: ${cookies} on ${site} ${verb} evicted as a browser would (at most ${SITE_LIMIT.max} per site); the report covers the ${count(keptBySite.get(site) ?? 0)} kept\n`;
	}
	return notes;
}
