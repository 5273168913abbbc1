/**
 * Bounds on a settings file, so a hostile or broken file cannot stall the options page, the background or a
 * CI run. docs/settings.schema.json states the same numbers (a unit test holds them together). The file
 * size also keeps a saved copy well inside storage.sync's 100 KB total quota
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync).
 */
export const SETTINGS_LIMITS = Object.freeze({
	/** UTF-8 bytes of the whole file. */
	fileBytes: 64 * 1024,
	/** Entries of each list (sessionPatterns, roleOverrides, ignore). */
	listItems: 200,
	/** Characters (code points) of one name pattern; also bounds the cost of a regular expression. */
	patternLength: 200,
	/** A DNS name is at most 253 characters (RFC 1035 §2.3.4). */
	siteLength: 253,
	commentLength: 2000,
	/** Ten years: lifetimes beyond what any browser keeps a cookie (400 days) are still meaningful for JWTs. */
	maxLifetimeDays: 3650,
	maxEntropyBits: 1024,
});

/** Issues reported for one file before the rest are left out (each names its field). */
export const MAX_ISSUES = 20;
