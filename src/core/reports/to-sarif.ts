/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) in the subset GitHub code
 * scanning accepts (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * every rule of the catalogue in tool.driver.rules, one result per finding, each with a location, and one
 * per refused header the two browsers treat differently (sarif-rejected.ts).
 */
import { bareDomain } from "../cookie.ts";
import type { CookieReport, Finding, Report, SiteReport } from "../report.ts";
import { cookieLabel } from "./cookie-flags.ts";
import { rejectedResults } from "./sarif-rejected.ts";
import { type RuleDescriptor, SARIF_LEVEL, sarifRule } from "./sarif-rule.ts";

export type { RuleDescriptor } from "./sarif-rule.ts";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

export interface SarifOptions {
	/** The project's home page, shown by SARIF viewers next to the tool name. */
	informationUri?: string;
}

/** The report as a SARIF 2.1.0 log (one run) for GitHub code scanning and other SARIF viewers. */
export function toSarif(
	report: Report,
	rules: readonly RuleDescriptor[],
	options: SarifOptions = {},
): string {
	const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
	const results = [
		...report.sites.flatMap((site) =>
			site.cookies.flatMap((cookie) =>
				cookie.findings.map((finding) =>
					sarifResult(report, site, cookie, finding, ruleIndex.get(finding.rule)),
				),
			),
		),
		...rejectedResults(report.rejected, ruleIndex),
	];
	const driver = {
		name: "session-hygiene",
		version: report.tool.version,
		semanticVersion: report.tool.version,
		...(options.informationUri ? { informationUri: options.informationUri } : {}),
		rules: rules.map(sarifRule),
	};
	const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [{ tool: { driver }, results }] };
	return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifResult(
	report: Report,
	site: SiteReport,
	cookie: CookieReport,
	finding: Finding,
	ruleIndex: number | undefined,
) {
	const label = cookieLabel(cookie);
	return {
		ruleId: finding.rule,
		...(ruleIndex === undefined ? {} : { ruleIndex }),
		level: SARIF_LEVEL[finding.severity],
		message: { text: finding.fix ? `${finding.message}\nFix: ${finding.fix}` : finding.message },
		locations: [
			{
				physicalLocation: { artifactLocation: { uri: cookieOrigin(report, cookie) } },
				logicalLocations: [{ name: label, fullyQualifiedName: `${site.site}/${label}`, kind: "resource" }],
			},
		],
		// Cookies have no file and line; this keeps one alert per cookie and rule across runs.
		partialFingerprints: { "sessionHygieneCookie/v1": `${finding.rule}|${site.site}|${label}` },
		properties: {
			severity: finding.severity,
			role: cookie.role,
			roleConfidence: cookie.roleConfidence,
			...(cookie.knownAs ? { knownAs: cookie.knownAs } : {}),
			site: site.site,
			cookie: label,
		},
	};
}

/**
 * Where the cookie lives: the audited URL's origin when the cookie belongs to that host, otherwise the
 * cookie's own domain (https, which is what every rule asks for) and path.
 */
function cookieOrigin(report: Report, cookie: CookieReport): string {
	const domain = bareDomain(cookie.domain).toLowerCase();
	const source = report.source.url ? safeUrl(report.source.url) : null;
	if (source) {
		const host = source.hostname.replace(/^\[|\]$/g, "").toLowerCase();
		if (host === domain || host.endsWith(`.${domain}`)) return `${source.origin}${cookie.path}`;
	}
	const host = domain.includes(":") ? `[${domain}]` : domain;
	return `https://${host}${cookie.path}`;
}

function safeUrl(url: string): URL | null {
	try {
		return new URL(url);
	} catch {
		return null;
	}
}
