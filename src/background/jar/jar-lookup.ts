/** Reading the jar back by a cookie's full identity (docs/design.md, "Cookie model"). */
import { bareDomain, type Cookie, type CookieIdentity, identityKey } from "../../core/cookie.ts";
import type { CookiePort } from "../../platform/cookie-port.ts";

/**
 * The stored cookie with exactly this identity, or undefined. The query is broad (every partition, the
 * cookie's store and first-party domain) and the match exact, because the API's filters are not: a
 * `domain` filter also returns subdomains, and a host-only cookie shares its domain string with a
 * domain cookie of the same host.
 */
export async function findInJar(port: CookiePort, id: CookieIdentity): Promise<Cookie | undefined> {
	const query = {
		name: id.name,
		domain: bareDomain(id.domain),
		partitionKey: {},
		...(id.storeId === undefined ? {} : { storeId: id.storeId }),
		...(id.firstPartyDomain === undefined ? {} : { firstPartyDomain: id.firstPartyDomain }),
	};
	const key = identityKey(id);
	return (await port.getAll(query)).find((c) => identityKey(c) === key);
}

const COMPARED = ["value", "secure", "httpOnly", "sameSite", "session", "expirationDate"] as const;
export type ComparedField = (typeof COMPARED)[number];

/** Attributes (besides identity) in which two copies of a cookie differ; expiry within a second counts as equal. */
export function differences(a: Cookie, b: Cookie, ignore: readonly ComparedField[] = []): ComparedField[] {
	return COMPARED.filter((field) => {
		if (ignore.includes(field)) return false;
		if (field === "expirationDate") {
			if (a.expirationDate === undefined || b.expirationDate === undefined)
				return a.expirationDate !== b.expirationDate;
			return Math.abs(a.expirationDate - b.expirationDate) > 1;
		}
		return a[field] !== b[field];
	});
}
