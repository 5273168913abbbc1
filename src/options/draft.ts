/**
 * The options form edits a draft: text as typed, empty optional fields as "". On save the draft becomes a
 * plain settings object for the one validator, so the form and an imported file are judged alike.
 */
import type { Role, Severity } from "../core/report.ts";
import type { Settings } from "../core/settings/settings.ts";

export interface EntryDraft {
	name: string;
	site: string;
	/** A rule id for ignore entries, a role for role overrides; "" is every rule. */
	value: string;
}

export interface Draft {
	sessionPatterns: string[];
	roleOverrides: EntryDraft[];
	ignore: EntryDraft[];
	maxSessionLifetimeDays: string;
	minTokenEntropyBits: string;
	/** "" keeps the rule's own severity. */
	severityOverrides: Record<string, string>;
	maskValues: boolean;
	badge: boolean;
}

export function toDraft(s: Settings): Draft {
	return {
		sessionPatterns: [...s.sessionPatterns],
		roleOverrides: s.roleOverrides.map((o) => ({ name: o.name, site: o.site ?? "", value: o.role })),
		ignore: s.ignore.map((e) => ({ name: e.name, site: e.site ?? "", value: e.rule ?? "" })),
		maxSessionLifetimeDays: String(s.maxSessionLifetimeDays),
		minTokenEntropyBits: String(s.minTokenEntropyBits),
		severityOverrides: { ...s.severityOverrides },
		maskValues: s.maskValues,
		badge: s.badge,
	};
}

/** A number when the text is one; otherwise the text, which the validator then names as wrong. */
function numberOrText(text: string): number | string {
	const trimmed = text.trim();
	return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
}

const withSite = (site: string) => (site.trim() === "" ? {} : { site: site.trim() });

export function fromDraft(d: Draft): Record<string, unknown> {
	return {
		sessionPatterns: d.sessionPatterns,
		roleOverrides: d.roleOverrides.map((o) => ({ name: o.name, ...withSite(o.site), role: o.value as Role })),
		ignore: d.ignore.map((e) => ({
			name: e.name,
			...withSite(e.site),
			...(e.value === "" ? {} : { rule: e.value }),
		})),
		maxSessionLifetimeDays: numberOrText(d.maxSessionLifetimeDays),
		minTokenEntropyBits: numberOrText(d.minTokenEntropyBits),
		severityOverrides: Object.fromEntries(
			Object.entries(d.severityOverrides).filter(([, level]) => level !== "") as [string, Severity | "off"][],
		),
		maskValues: d.maskValues,
		badge: d.badge,
	};
}
