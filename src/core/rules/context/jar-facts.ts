/**
 * Facts across the audited cookies of a site, built in one pass with maps so an audit stays linear:
 * same-name copies (duplicate-session-cookie) and Cookie header size per host (oversized).
 */
import { bareDomain, type Cookie, identityKey } from "../../cookie.ts";
import { utf8ByteLength } from "../../utf8-byte-length.ts";
import type { HostSize, JarFacts } from "../rule.ts";

/**
 * Request header budget: servers commonly refuse larger headers (nginx large_client_header_buffers
 * 8k, Node --max-http-header-size 16 KB for all headers, many CDNs 8–16 KB).
 */
export const MAX_HOST_COOKIE_BYTES = 8192;
/** How many other copies a duplicate finding lists. */
const LISTED_DUPLICATES = 3;

interface Tally {
	bytes: number;
	largest: Cookie;
	largestBytes: number;
}

/** The jar key of a cookie with no store, partition or first-party domain: nearly every cookie. */
const DEFAULT_JAR = JSON.stringify(["", "", ""]);

/** Cookies in different stores, partitions or first-party domains are never sent together. */
function jarKey(c: Cookie): string {
	if (c.storeId === undefined && !c.partitionKey && c.firstPartyDomain === undefined) return DEFAULT_JAR;
	return JSON.stringify([c.storeId ?? "", c.partitionKey?.topLevelSite ?? "", c.firstPartyDomain ?? ""]);
}

/**
 * Same-name copies are looked up per cookie; NUL cannot occur in a store id or name (see identityKey), so a
 * bare name (no store: CLI input, nearly every audit) cannot equal a keyed one, and needs no new string.
 */
function nameKey(c: Cookie): string {
	return c.storeId === undefined ? c.name : `${c.storeId}\u0000${c.name}`;
}

/** `name=value; ` as in the Cookie header (RFC 6265bis §5.8.3). */
function headerBytes(c: Cookie): number {
	return utf8ByteLength(c.name) + utf8ByteLength(c.value) + 3;
}

function add(map: Map<string, Tally>, key: string, c: Cookie): void {
	const bytes = headerBytes(c);
	const t = map.get(key);
	if (!t) map.set(key, { bytes, largest: c, largestBytes: bytes });
	else {
		t.bytes += bytes;
		if (bytes > t.largestBytes) Object.assign(t, { largest: c, largestBytes: bytes });
	}
}

/**
 * The tallies whose cookies a request to `host` carries: host-only ones of the host, then domain cookies
 * of the host and each parent (`a.b.example.com`, `b.example.com`, `example.com`, `com`), in that order.
 */
function talliesFor(
	target: string,
	jar: string,
	host: string,
	hostOnly: Map<string, Tally>,
	domains: Map<string, Tally>,
) {
	const found: Tally[] = [];
	const own = hostOnly.get(target);
	if (own) found.push(own);
	for (let start = 0; start >= 0; ) {
		const tally = domains.get(`${jar}|${host.slice(start)}`);
		if (tally) found.push(tally);
		const dot = host.indexOf(".", start);
		start = dot < 0 ? -1 : dot + 1;
	}
	return found;
}

/**
 * Cookies sent to each host, summed over host-only cookies of that host and domain cookies of it and its
 * parents. Paths are not considered, so this is the most a request to the host can carry.
 */
function oversizedHosts(cookies: readonly Cookie[], pageHosts: readonly string[]): Map<Cookie, HostSize> {
	// A request carries a subset of the site's cookies, so when all of them fit no host can exceed the
	// budget: the common case, and the per-host tallies below were most of the jar facts' cost (`npm run bench`).
	let total = 0;
	for (const c of cookies) total += headerBytes(c);
	if (total <= MAX_HOST_COOKIE_BYTES) return new Map();
	const hostOnly = new Map<string, Tally>();
	const domains = new Map<string, Tally>();
	const targets = new Set<string>();
	const jars = new Set<string>();
	for (const c of cookies) {
		const jar = jarKey(c);
		const key = `${jar}|${bareDomain(c.domain).toLowerCase()}`;
		add(c.hostOnly ? hostOnly : domains, key, c);
		targets.add(key);
		jars.add(jar);
	}
	for (const jar of jars) for (const host of pageHosts) targets.add(`${jar}|${host}`);
	const result = new Map<Cookie, HostSize>();
	for (const target of targets) {
		const split = target.lastIndexOf("|");
		const [jar, host] = [target.slice(0, split), target.slice(split + 1)];
		const present = talliesFor(target, jar, host, hostOnly, domains);
		const bytes = present.reduce((sum, t) => sum + t.bytes, 0);
		const largest = present.reduce<Tally | undefined>(
			(m, t) => (!m || t.largestBytes > m.largestBytes ? t : m),
			undefined,
		);
		if (bytes > MAX_HOST_COOKIE_BYTES && largest && !result.has(largest.largest)) {
			result.set(largest.largest, { host, bytes });
		}
	}
	return result;
}

/**
 * Cookies per store and name, each identity once (the first). Identity keys are built only for names seen
 * before: an identity includes the store and name, so a cookie with a new name cannot repeat one, and
 * most names of a site are new (bench: an identityKey per cookie).
 */
function duplicateGroups(cookies: readonly Cookie[]): DuplicateGroups {
	const groups = new Map<string, Cookie[]>();
	const members = new Set<Cookie>();
	const identities = new Map<string, Set<string>>();
	for (const c of cookies) {
		const key = nameKey(c);
		const group = groups.get(key);
		if (!group) {
			groups.set(key, [c]);
			members.add(c);
			continue;
		}
		const ids = identities.get(key) ?? new Set(group.map(identityKey));
		identities.set(key, ids);
		const id = identityKey(c);
		if (ids.has(id)) continue;
		ids.add(id);
		group.push(c);
		members.add(c);
	}
	return { groups, members };
}

interface DuplicateGroups {
	/** Cookies per nameKey, one per identity. */
	groups: Map<string, Cookie[]>;
	/** The cookies in some group: their identity differs from every other member's. */
	members: Set<Cookie>;
}

/** The first few copies of the cookie's name other than the cookie itself (by identity). */
function othersOf(cookie: Cookie, group: readonly Cookie[], { members }: DuplicateGroups): Cookie[] {
	const first = group.slice(0, LISTED_DUPLICATES + 1);
	// A member differs in identity from every other member: no identity keys needed (`npm run bench`).
	if (members.has(cookie)) return first.filter((c) => c !== cookie).slice(0, LISTED_DUPLICATES);
	const self = identityKey(cookie);
	return first.filter((c) => identityKey(c) !== self).slice(0, LISTED_DUPLICATES);
}

/** Builds the facts for the cookies of one site; `pageHosts` are the hosts of the audited pages. */
export function buildJarFacts(cookies: readonly Cookie[], pageHosts: readonly string[]): JarFacts {
	const duplicates = duplicateGroups(cookies);
	const oversized = oversizedHosts(cookies, pageHosts);
	return {
		duplicatesOf(cookie) {
			const group = duplicates.groups.get(nameKey(cookie));
			if (!group || group.length < 2) return { total: group?.length ?? 0, others: [] };
			return { total: group.length, others: othersOf(cookie, group, duplicates) };
		},
		oversizedHostOf: (cookie) => oversized.get(cookie),
	};
}
