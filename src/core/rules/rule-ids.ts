/**
 * Every rule id of the catalogue, as a leaf module: settings validation needs the ids, not the rules (which
 * import the settings types), so it imports this list and a test holds it equal to the catalogue.
 */
export const RULE_IDS: readonly string[] = [
	"missing-secure",
	"insecure-origin",
	"missing-httponly",
	"samesite-missing",
	"samesite-none",
	"samesite-invalid",
	"broad-domain",
	"prefix-missing",
	"persistent-session",
	"long-lifetime",
	"weak-token",
	"token-contains-data",
	"jwt-unsigned",
	"jwt-no-expiry",
	"default-session-name",
	"duplicate-session-cookie",
	"session-in-url",
	"oversized",
	"browser-inconsistent",
	"set-by-script",
	"missing-hsts",
	"session-fixation",
	"logout-not-revoked",
	"predictable-session-id",
	"forgeable-session",
];
