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
	const known: KnownAs =
		description === undefined ? { platform, category } : { platform, category, description };
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

const { exact, prefixes } = build((data as KnownCookieData).cookies);

/** The first candidate for this site: one set on the site itself before one set on any site. */
function forSite(candidates: readonly Candidate[] | undefined, site: string): KnownAs | undefined {
	if (!candidates) return undefined;
	return (
		candidates.find((c) => c.sites?.includes(site))?.known ??
		candidates.find((c) => c.sites === undefined)?.known
	);
}

/** The nodes of the prefix tree along the name that hold entries, shortest first: at most one per character. */
function prefixPath(name: string): PrefixNode[] | undefined {
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

/**
 * What the Open Cookie Database knows about a cookie of this name on this site (a registrable domain,
 * siteOf), or undefined. Time linear in the name's length, whatever the number of entries.
 */
export function knownCookie(name: string, site: string): KnownAs | undefined {
	const known = forSite(exact.get(name), site);
	if (known) return known;
	const path = prefixPath(name);
	// Longest prefix first.
	for (let i = (path?.length ?? 0) - 1; i >= 0; i--) {
		const match = forSite(path?.[i]?.candidates, site);
		if (match) return match;
	}
	return undefined;
}
