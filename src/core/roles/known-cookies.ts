/**
 * What the Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database, Apache License 2.0; see
 * NOTICE) says a cookie is. Entries naming a Domain are another platform's cookies on that platform's own
 * sites (`SID` on google.com, `token` on adnxs.com): under the same name on any other site they are that
 * site's own cookie, so they apply only there. Exact names win over prefixes, longer prefixes over shorter.
 */
import data from "./data/open-cookie-database.json" with { type: "json" };
import type { KnownCookieData, KnownCookieEntry, OcdCategory } from "./known-cookie-data.ts";

/** A known cookie as reports show it. Shared between lookups, so never changed. */
export interface KnownAs {
	readonly platform: string;
	readonly category: OcdCategory;
	readonly description?: string;
	/** The entry names the start of the cookie's name (upstream "Wildcard match"), not the whole name. */
	readonly prefix?: true;
}

interface Candidate {
	known: KnownAs;
	sites: readonly string[] | undefined;
}

interface PrefixNode {
	children: Map<string, PrefixNode>;
	candidates: Candidate[];
}

const newNode = (): PrefixNode => ({ children: new Map(), candidates: [] });

function candidateOf(entry: KnownCookieEntry): Candidate {
	const { platform, category, description } = entry;
	const known: KnownAs = {
		platform,
		category,
		...(description === undefined ? {} : { description }),
		...(entry.prefix ? { prefix: true as const } : {}),
	};
	return { known, sites: entry.sites };
}

function insertPrefix(root: PrefixNode, entry: KnownCookieEntry): void {
	let node = root;
	for (let i = 0; i < entry.name.length; i++) {
		const char = entry.name.charAt(i);
		const child = node.children.get(char) ?? newNode();
		node.children.set(char, child);
		node = child;
	}
	node.candidates.push(candidateOf(entry));
}

function build(entries: readonly KnownCookieEntry[]) {
	const exact = new Map<string, Candidate[]>();
	const prefixes = newNode();
	for (const entry of entries) {
		if (entry.prefix) insertPrefix(prefixes, entry);
		else exact.set(entry.name, [...(exact.get(entry.name) ?? []), candidateOf(entry)]);
	}
	return { exact, prefixes };
}

/** The first candidate for this site: one set on the site itself before one set on any site. */
function forSite(candidates: readonly Candidate[] | undefined, site: string): KnownAs | undefined {
	if (!candidates) return undefined;
	return (
		candidates.find((c) => c.sites?.includes(site))?.known ??
		candidates.find((c) => c.sites === undefined)?.known
	);
}

/** The nodes of the prefix tree along the name that hold entries, shortest first: at most one per character. */
function prefixPath(prefixes: PrefixNode, name: string): PrefixNode[] | undefined {
	let path: PrefixNode[] | undefined;
	let node: PrefixNode | undefined = prefixes;
	for (let i = 0; i < name.length; i++) {
		node = node.children.get(name.charAt(i));
		if (!node) break;
		if (node.candidates.length === 0) continue;
		if (path) path.push(node);
		else path = [node];
	}
	return path;
}

/** What known-cookie data says about a cookie of this name on this site (a registrable domain, siteOf). */
export type KnownCookieLookup = (name: string, site: string) => KnownAs | undefined;

export interface KnownCookieLookupOptions {
	/** Leave out the entries of these platforms, as a held-out evaluation does (src/core/roles/labelled-set.test.ts). */
	excludePlatforms?: readonly string[];
}

/** A lookup over these entries; time per lookup linear in the name's length, whatever the number of entries. */
export function createKnownCookieLookup(
	entries: readonly KnownCookieEntry[],
	options: KnownCookieLookupOptions = {},
): KnownCookieLookup {
	const excluded = new Set(options.excludePlatforms ?? []);
	const { exact, prefixes } = build(
		excluded.size === 0 ? entries : entries.filter((e) => !excluded.has(e.platform)),
	);
	return (name, site) => {
		const known = forSite(exact.get(name), site);
		if (known) return known;
		const path = prefixPath(prefixes, name);
		// Longest prefix first.
		for (let i = (path?.length ?? 0) - 1; i >= 0; i--) {
			const match = forSite(path?.[i]?.candidates, site);
			if (match) return match;
		}
		return undefined;
	};
}

/** The vendored Open Cookie Database's entries (src/core/roles/data/open-cookie-database.json). */
export const OPEN_COOKIE_DATABASE: readonly KnownCookieEntry[] = (data as KnownCookieData).cookies;

/**
 * What the Open Cookie Database knows about a cookie of this name on this site (a registrable domain,
 * siteOf), or undefined.
 */
export const knownCookie: KnownCookieLookup = createKnownCookieLookup(OPEN_COOKIE_DATABASE);
