/** Sites in requests: a site action or a bulk action names a registrable domain, as the reports do. */
import { siteOf } from "../../core/site/site-key.ts";
import type { OverviewTarget } from "../overview-types.ts";
import { child, type Field, list, own, record, refuse, text } from "./field-checks.ts";

/**
 * The registrable domain (eTLD+1), or the host for IPs and localhost, exactly as reports name sites
 * (`siteOf` of itself): a subdomain, an upper-case name or an empty text is not a site of any report.
 */
export function site(value: unknown, at: Field): string {
	// At most 253 characters, as any DNS name (RFC 1035 §2.3.4).
	const ok = typeof value === "string" && value !== "" && value.length <= 253 && siteOf(value) === value;
	return ok
		? value
		: refuse(at, "a site as reports name it (a registrable domain such as example.com)", value);
}

/** One {site, storeId}; other fields of an overview row that a page passes along are left out. */
function target(value: unknown, at: Field): OverviewTarget {
	const t = record(value, at, "a {site, storeId}");
	return {
		site: site(own(t, "site"), child(at, "site")),
		storeId: text(own(t, "storeId"), child(at, "storeId"), "a cookie store id"),
	};
}

export function targetList(value: unknown, at: Field): OverviewTarget[] {
	return list(value, at, "a list of {site, storeId}", target);
}
