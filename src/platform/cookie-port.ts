/** The cookie jar as the extension sees it: a narrow port with a real and an in-memory implementation. */
import type { Cookie, PartitionKey } from "../core/cookie.ts";

export interface CookieQuery {
	/** Cookies that would be sent to this URL (domain, path and Secure matched by the browser). */
	url?: string;
	/** Cookies whose domain is this domain or a subdomain of it. */
	domain?: string;
	name?: string;
	storeId?: string;
	/** `{}` asks for every partition as well as unpartitioned cookies. */
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
	onChanged(listener: (change: CookieChange) => void): void;
}
