/** The cookie jar as the extension sees it: a narrow port with a real and an in-memory implementation. */
import type { Cookie, PartitionKey } from "../core/cookie.ts";

export interface CookieQuery {
	/** Cookies that would be sent to this URL (domain, path and Secure matched by the browser). */
	url?: string;
	/** Cookies whose domain is this domain or a subdomain of it. */
	domain?: string;
	name?: string;
	storeId?: string;
	/** `{}` asks for every partition as well as unpartitioned cookies; absent means unpartitioned only. */
	partitionKey?: Partial<PartitionKey>;
	firstPartyDomain?: string;
}

export interface CookieChange {
	removed: boolean;
	cookie: Cookie;
	cause: string;
}

export interface CookiePort {
	getAll(query: CookieQuery): Promise<Cookie[]>;
	/**
	 * Writes exactly this cookie: same name, domain (none for a host-only cookie), path, store, partition
	 * and first-party domain replace the stored one. An `expirationDate` at or before now deletes it.
	 * Rejects with the browser's message when the browser refuses the cookie.
	 */
	set(cookie: Cookie): Promise<void>;
	/**
	 * Deletes exactly this cookie and no other. Needs the cookie as read from the jar (its value and
	 * flags), because the deletion is a write of the same cookie already expired.
	 */
	remove(cookie: Cookie): Promise<void>;
	onChanged(listener: (change: CookieChange) => void): void;
}
