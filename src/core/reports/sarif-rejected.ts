/**
 * SARIF results for refused Set-Cookie headers that the two browsers treat differently (docs/design.md,
 * "Version 2": "SARIF emits a browser-inconsistent result for such a header"): one refuses the header,
 * the other stores the cookie, so the site works in one browser only; its message says how ("Browsers
 * differ: …"). A header both refuse is no browser difference and gets no result; it is in the report's
 * `rejected`.
 */
import { rejectFix } from "../jar/reject-fix.ts";
import { cookieLabel, nameFromHeader } from "../jar/reject-reason.ts";
import type { RejectedCookie } from "../report.ts";
import { rejectedText } from "./rejected-note.ts";
import { SARIF_LEVEL } from "./sarif-rule.ts";

const RULE = "browser-inconsistent";
/** The rule's severity for a session or csrf cookie (catalogue.ts): which one this was is not known. */
const SEVERITY = "low";

function result(r: RejectedCookie, ruleIndex?: number) {
	const label = cookieLabel(nameFromHeader(r.setCookie));
	const fix = rejectFix(r.reason);
	const text = rejectedText(r);
	return {
		ruleId: RULE,
		...(ruleIndex === undefined ? {} : { ruleIndex }),
		level: SARIF_LEVEL[SEVERITY],
		message: { text: fix ? `${text}\nFix: ${fix}` : text },
		locations: [
			{
				physicalLocation: { artifactLocation: { uri: r.url } },
				logicalLocations: [{ name: label, fullyQualifiedName: `${r.url}/${label}`, kind: "resource" }],
			},
		],
		partialFingerprints: { "sessionHygieneCookie/v1": `${RULE}|${r.url}|${label}|${r.reason}` },
		properties: { severity: SEVERITY, cookie: label, reason: r.reason },
	};
}

export function rejectedResults(rejected: readonly RejectedCookie[], ruleIndex: ReadonlyMap<string, number>) {
	return rejected.flatMap((r) => (r.browsers ? [result(r, ruleIndex.get(RULE))] : []));
}
