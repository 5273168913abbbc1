/**
 * An in-memory cookie jar behind the CookiePort, for unit tests: the cookies API is missing from
 * @webext-core/fake-browser (docs/testing.md, "Unit-test fakes"). It keeps the rules the contract suite checks in real browsers.
 */
import { bareDomain, type Cookie, identityKey } from "../../core/cookie.ts";
import type { CookieQuery } from "../cookie-mapping.ts";
import type { CookieChange, CookiePort } from "../cookie-port.ts";

export interface FakeCookiePort extends CookiePort {
	/** Every stored, unexpired cookie, in insertion order. */
	all(): Cookie[];
	/** Makes the next writes fail with this message (a browser refusal); `undefined` clears it. */
	refuseWrites(message: string | undefined): void;
}

export interface FakeCookieOptions {
	/** Epoch seconds. */
	now?: () => number;
	defaultStoreId?: string;
	cookies?: readonly Cookie[];
}

function domainMatches(host: string, c: Cookie): boolean {
	const domain = bareDomain(c.domain);
	return c.hostOnly ? host === domain : host === domain || host.endsWith(`.${domain}`);
}

/** The API's `domain` filter: the cookie's domain is that domain or one of its subdomains. */
function isWithin(cookieDomain: string, domain: string): boolean {
	return cookieDomain === domain || cookieDomain.endsWith(`.${domain}`);
}

function pathMatches(path: string, cookiePath: string): boolean {
	if (path === cookiePath) return true;
	const prefix = cookiePath.endsWith("/") ? cookiePath : `${cookiePath}/`;
	return path.startsWith(prefix);
}

function matchesUrl(url: string, c: Cookie): boolean {
	const u = new URL(url);
	return (
		domainMatches(u.hostname, c) && pathMatches(u.pathname, c.path) && (!c.secure || u.protocol === "https:")
	);
}

function matchesPartition(query: CookieQuery, c: Cookie): boolean {
	const wanted = query.partitionKey;
	if (wanted === undefined) return !c.partitionKey;
	if (wanted.topLevelSite === undefined) return true;
	return c.partitionKey?.topLevelSite === wanted.topLevelSite;
}

function matches(query: CookieQuery, c: Cookie, defaultStoreId: string): boolean {
	if ((query.storeId ?? defaultStoreId) !== c.storeId) return false;
	if (query.name !== undefined && query.name !== c.name) return false;
	if (query.domain !== undefined && !isWithin(bareDomain(c.domain), bareDomain(query.domain))) return false;
	if (query.url !== undefined && !matchesUrl(query.url, c)) return false;
	if (query.firstPartyDomain !== undefined && query.firstPartyDomain !== (c.firstPartyDomain ?? ""))
		return false;
	return matchesPartition(query, c);
}

/** What both browsers refuse on write (docs/browser-quirks.md, "sameSite no_restriction needs secure"). */
function refusal(c: Cookie): string | undefined {
	if (c.sameSite === "none" && !c.secure) return "SameSite=None needs Secure.";
	if (c.partitionKey && !c.secure) return "A partitioned cookie needs Secure.";
	if (c.name.toLowerCase().startsWith("__host-") && (!c.secure || !c.hostOnly || c.path !== "/")) {
		return "A __Host- cookie needs Secure, no Domain and Path=/.";
	}
	return undefined;
}

export function createFakeCookiePort(options: FakeCookieOptions = {}): FakeCookiePort {
	const now = options.now ?? (() => Date.now() / 1000);
	const defaultStoreId = options.defaultStoreId ?? "0";
	const jar = new Map<string, Cookie>();
	const listeners: ((change: CookieChange) => void)[] = [];
	let refused: string | undefined;
	const emit = (change: CookieChange) => {
		for (const listener of listeners) listener(structuredClone(change));
	};
	const isLive = (c: Cookie) => c.expirationDate === undefined || c.expirationDate > now();
	const write = (input: Cookie) => {
		const c: Cookie = { ...structuredClone(input), storeId: input.storeId ?? defaultStoreId };
		if (!c.partitionKey) c.partitionKey = null;
		c.session = c.expirationDate === undefined;
		const key = identityKey(c);
		const old = jar.get(key);
		jar.delete(key);
		if (!isLive(c)) {
			if (old) emit({ removed: true, cookie: old, cause: "expired_overwrite" });
			return;
		}
		if (old) emit({ removed: true, cookie: old, cause: "overwrite" });
		jar.set(key, c);
		emit({ removed: false, cookie: c, cause: "explicit" });
	};
	for (const c of options.cookies ?? []) write(c);
	return {
		async getAll(query) {
			return [...jar.values()]
				.filter((c) => isLive(c) && matches(query, c, defaultStoreId))
				.map((c) => structuredClone(c));
		},
		async set(cookie) {
			const why = refused ?? refusal(cookie);
			if (why) throw new Error(why);
			write(cookie);
		},
		async remove(cookie) {
			if (refused) throw new Error(refused);
			write({ ...cookie, expirationDate: 1 });
		},
		onChanged(listener) {
			listeners.push(listener);
		},
		all: () => [...jar.values()].filter(isLive).map((c) => structuredClone(c)),
		refuseWrites(message) {
			refused = message;
		},
	};
}
