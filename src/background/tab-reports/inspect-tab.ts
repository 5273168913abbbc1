/** A tab's report: the cookies its page and frames see, audited, the tab's own site first. */
import { auditSites } from "../../core/audit/audit-sites.ts";
import type { AuditSubject, SignOutFact } from "../../core/audit-input.ts";
import type { CookieReport, KnownAsReport, SiteReport } from "../../core/report.ts";
import { shortMessage } from "../../core/rules/describe-cookie.ts";
import type { Settings } from "../../core/settings/settings.ts";
import { originPattern } from "../../core/site/origin-pattern.ts";
import { siteOf } from "../../core/site/site-key.ts";
import type { TabReport } from "../../core/tab-report.ts";
import type { CookiePort } from "../../platform/cookie-port.ts";
import type { PermissionPort } from "../../platform/permission-port.ts";
import type { TabPort } from "../../platform/tab-port.ts";
import type { SignatureChecks } from "../forgeable/signature-checks.ts";
import type { ObservedTab } from "../observe/observer.ts";
import { tabObservation } from "../observe/tab-observation.ts";
import { cookiesOfFrames, isInspectableUrl } from "./tab-cookies.ts";

export interface TabReportDeps {
	cookies: CookiePort;
	tabs: TabPort;
	permissions: Pick<PermissionPort, "hasOrigins">;
	/** Loads and validates the effective settings: once per report, by whoever asks for one. */
	settings: () => Promise<Settings>;
	/** Epoch seconds. */
	now: () => number;
	/** What the tab's responses and the jar's changes said (observe/observer.ts). */
	observed: (tabId: number) => Promise<ObservedTab>;
	/** The cookies sign-out tests found still accepted after sign-out, by identity key (sign-out/sign-out-store.ts). */
	signedOut: () => Promise<ReadonlyMap<string, SignOutFact>>;
	/** The known-secret signature check (`forgeable-session`), run after the report (signature-checks.ts). */
	signatures: SignatureChecks;
}

/** The tab's report as the jar and the tab give it; the snapshots it may restore are added by getTabReport. */
export type TabAudit = Omit<TabReport, "snapshots">;

export interface TabInspection {
	report: TabAudit;
	/** Sites of the tab's page and of all its frames, with cookies or not: a change to any concerns the tab. */
	frameSites: string[];
}

function sitesOf(urls: readonly string[]): string[] {
	return [...new Set(urls.filter(isInspectableUrl).map((u) => siteOf(new URL(u).hostname)))];
}

export interface InspectOptions {
	/**
	 * The effective settings, loaded once by the caller (who may need them too, as the badge does); a
	 * promise is awaited only when the audit needs them, so loading them overlaps the browser's answers.
	 */
	settings: Settings | Promise<Settings>;
	includeValues?: boolean;
	/**
	 * Findings as a cookie's row shows them: no fix text, the message without the cookie's identity
	 * (docs/protocol.md, "Messages"). Most of a report's bytes; the details ask getCookieFindings. The
	 * same for what known-cookie data says: platform and category, no description.
	 */
	brief?: boolean;
}

/**
 * A known cookie's platform and category, without the description (up to 200 characters in the Open
 * Cookie Database, shown only in the details). One object per entry: entries are shared by name.
 */
const briefKnown = new WeakMap<KnownAsReport, KnownAsReport>();

function briefKnownAs(known: KnownAsReport): KnownAsReport {
	let brief = briefKnown.get(known);
	if (brief === undefined) {
		brief = { platform: known.platform, category: known.category };
		briefKnown.set(known, brief);
	}
	return brief;
}

function briefCookie(c: CookieReport): CookieReport {
	const brief = {
		...c,
		findings: c.findings.map((f) => ({
			rule: f.rule,
			severity: f.severity,
			message: shortMessage(f.message),
		})),
	};
	if (c.knownAs) brief.knownAs = briefKnownAs(c.knownAs);
	return brief;
}

function briefly(sites: SiteReport[]): SiteReport[] {
	return sites.map((s) => ({ ...s, cookies: s.cookies.map(briefCookie) }));
}

export async function inspectTab(
	deps: Omit<TabReportDeps, "settings">,
	tabId: number,
	options: InspectOptions,
): Promise<TabInspection> {
	const tab = await deps.tabs.get(tabId);
	const inspectable = isInspectableUrl(tab.url);
	const topSite = inspectable ? siteOf(new URL(tab.url).hostname) : "";
	const base = {
		tabId,
		url: tab.url,
		storeId: tab.storeId,
		incognito: tab.incognito,
		...(tab.containerName === undefined ? {} : { containerName: tab.containerName }),
		site: topSite,
		sites: [],
	};
	if (!inspectable) {
		return { report: { ...base, access: "granted", inspectable: false }, frameSites: [] };
	}
	if (!(await deps.permissions.hasOrigins([originPattern(tab.url)]))) {
		return { report: { ...base, access: "missing", inspectable: true }, frameSites: [topSite] };
	}
	const frameUrls = await deps.tabs.frameUrls(tabId);
	const urls = [tab.url, ...frameUrls.filter((u) => u !== tab.url)];
	const [byUrl, observed, signOuts] = await Promise.all([
		cookiesOfFrames(deps.cookies, urls, tab.storeId),
		deps.observed(tabId),
		deps.signedOut(),
	]);
	const observation = tabObservation(observed, sitesOf(urls), signOuts);
	const subjects: AuditSubject[] = [...byUrl.values()].flat().map(observation.subject);
	// The verdicts known now; the others are checked after this report, which says so.
	const signatures = await deps.signatures.verdicts(subjects.map((s) => s.cookie));
	for (const [i, fact] of signatures.facts) {
		const subject = subjects[i];
		if (subject) subject.forgeable = fact;
	}
	const settings = await options.settings;
	const input = { subjects, now: deps.now(), settings, pageUrls: urls, hsts: observation.hsts };
	const audited = auditSites(input, { includeValues: options.includeValues ?? false });
	const sites = options.brief ? briefly(audited) : audited;
	sites.sort((a, b) => Number(b.site === topSite) - Number(a.site === topSite));
	const report: TabAudit = {
		...base,
		access: "granted",
		inspectable: true,
		sites,
		rejected: observation.rejected,
		...(signatures.pending ? { signaturesPending: true as const } : {}),
	};
	return { report, frameSites: sitesOf(urls) };
}
