/** Subjects grouped by site (registrable domain of the cookie's domain), sites in order of first appearance. */
import type { AuditSubject } from "../audit-input.ts";
import { siteOf } from "../site/site-key.ts";

/** Subjects per site key (siteOf the cookie's domain); Map iteration keeps first-appearance order. */
export function groupBySite(subjects: readonly AuditSubject[]): Map<string, AuditSubject[]> {
	const groups = new Map<string, AuditSubject[]>();
	for (const subject of subjects) {
		const site = siteOf(subject.cookie.domain);
		const group = groups.get(site);
		if (group) group.push(subject);
		else groups.set(site, [subject]);
	}
	return groups;
}
