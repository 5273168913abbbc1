/**
 * The shape of src/core/roles/data/open-cookie-database.json, which
 * scripts/open-cookie-database/derive-known-cookies.ts writes from the Open Cookie Database
 * (https://github.com/jkwakman/Open-Cookie-Database, Apache License 2.0; see NOTICE).
 */

/** The Open Cookie Database's categories, as it spells them. */
export type OcdCategory =
	| "Analytics"
	| "Functional"
	| "Marketing"
	| "Necessary"
	| "Personalization"
	| "Security";

export interface KnownCookieEntry {
	/** The cookie name, or its start when `prefix` is set (upstream "Wildcard match" 1). */
	name: string;
	prefix?: true;
	platform: string;
	category: OcdCategory;
	/** Upstream's description, whitespace collapsed and shortened. */
	description?: string;
	/** Registrable domains the entry is set on (upstream "Domain"); absent: the site's own domain, any site. */
	sites?: string[];
}

export interface KnownCookieData {
	source: string;
	commit: string;
	license: string;
	modified: string;
	cookies: KnownCookieEntry[];
}
