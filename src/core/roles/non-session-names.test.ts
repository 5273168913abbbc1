import fc from "fast-check";
import { expect, test } from "vitest";
import { findNonSession, NON_SESSION_COOKIES } from "./non-session-names.ts";

/** The plain definition the combined expression must agree with: the first entry whose expression matches. */
const firstMatch = (name: string) => NON_SESSION_COOKIES.find((entry) => entry.match.test(name));

const SAMPLES = [
	"_ga",
	"_ga_ABC123",
	"_gid",
	"_gat_UA-1",
	"__utmz",
	"_gcl_au",
	"_fbp",
	"_hjSession_123",
	"_hjSessionUser_9",
	"AMP_abc",
	"ajs_anonymous_id",
	"mp_x_mixpanel",
	"_pk_id.1.abc",
	"__hstc",
	"li_sugr",
	"AMCV_X",
	"_vwo_uuid",
	"intercom-session-abc",
	"__Secure-next-auth.callback-url",
	"__stripe_sid",
	"_shopify_y",
	"AWSALB",
	"AWSALBCORS",
	"AWSELB",
	"ARRAffinity",
	"BIGipServerpool",
	"TS01abc",
	"__cf_bm",
	"cf_clearance",
	"incap_ses_1",
	"_abck",
	"datadome",
	"__ddg1_",
	"OptanonConsent",
	"euconsent-v2",
	"CookieConsent",
	"cookielawinfo-checkbox",
	"sessionid",
	"PHPSESSID",
	"JSESSIONID",
	"sid",
	"",
	"_",
	"AWSALBTG-x",
	"fr",
];

test.each(SAMPLES)("%j: the combined expression finds the same entry as testing each in turn", (name) => {
	expect(findNonSession(name)).toBe(firstMatch(name));
});

test("agrees with testing each entry in turn on arbitrary names", () => {
	const prefixes = fc.constantFrom(
		"",
		"_",
		"__",
		"_ga",
		"_hj",
		"AWSALB",
		"AMP_",
		"mp_",
		"_pk_",
		"cf_",
		"bm_",
		"__utm",
	);
	const names = fc.tuple(prefixes, fc.string({ maxLength: 12 })).map(([p, rest]) => p + rest);
	fc.assert(
		fc.property(names, (name) => findNonSession(name) === firstMatch(name)),
		{ numRuns: 3000 },
	);
});
