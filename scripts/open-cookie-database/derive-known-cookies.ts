/**
 * From the Open Cookie Database's CSV to the data Session Hygiene ships
 * (src/core/roles/data/open-cookie-database.json). Upstream: https://github.com/jkwakman/Open-Cookie-Database,
 * file open-cookie-database.csv, Apache License 2.0. Per row only what the product needs is kept: the name,
 * whether it is a prefix ("Wildcard match" 1), platform, category, the description (whitespace collapsed,
 * cut to DESCRIPTION_LIMIT characters) and the sites the Domain column names, as registrable domains. Rows
 * without a platform are left out (at this commit one, XSRF-TOKEN, which csrf-names.ts knows). The output
 * is deterministic: sorted, fixed key order, tab-indented as Biome formats JSON, a trailing newline.
 */
import type {
	KnownCookieData,
	KnownCookieEntry,
	OcdCategory,
} from "../../src/core/roles/known-cookie-data.ts";
import { siteOf } from "../../src/core/site/site-key.ts";
import { type CsvRecord, parseCsv } from "./parse-csv.ts";

/** The upstream commit the vendored CSV (test/fixtures/open-cookie-database) comes from. */
export const UPSTREAM_COMMIT = "0ee5a17fe1cb002943f89370d24fc26a4226061c";
export const DESCRIPTION_LIMIT = 200;

const CATEGORIES: readonly OcdCategory[] = [
	"Analytics",
	"Functional",
	"Marketing",
	"Necessary",
	"Personalization",
	"Security",
];

function field(row: CsvRecord, column: string): string {
	const value = row[column];
	if (value === undefined) throw new Error(`the CSV has no column "${column}"`);
	return value.replace(/[\s\u200b]+/g, " ").trim();
}

/** Whole words up to the limit, then an ellipsis. */
export function shorten(text: string, limit = DESCRIPTION_LIMIT): string {
	if (text.length <= limit) return text;
	const cut = text.slice(0, limit);
	const atWord = cut.slice(0, Math.max(cut.lastIndexOf(" "), limit / 2));
	return `${atWord.replace(/[\s,.;:(-]+$/, "")}…`;
}

/** `.bing.com (3rd party) or .microsoft.com (3rd party)` → `["bing.com", "microsoft.com"]`. */
export function sitesOf(domain: string): string[] {
	const hosts = domain
		.split(/\s+or\s+|\s+or$|^or\s+/)
		.map((part) => part.replace(/\(3rd party\)|\u200b/g, "").replace(/\[[^\]]*\]/g, "x"))
		.map((part) => part.trim().replace(/^\.+|\.+$/g, ""))
		.filter((host) => host !== "");
	return [...new Set(hosts.map((host) => siteOf(host.toLowerCase())))].sort();
}

function entryOf(row: CsvRecord): KnownCookieEntry | undefined {
	const [name, platform] = [field(row, "Cookie / Data Key name"), field(row, "Platform")];
	if (name === "" || platform === "") return undefined;
	const category = field(row, "Category") as OcdCategory;
	if (!CATEGORIES.includes(category)) throw new Error(`unknown category "${category}" for ${name}`);
	const wildcard = field(row, "Wildcard match");
	if (wildcard !== "0" && wildcard !== "1") throw new Error(`Wildcard match "${wildcard}" for ${name}`);
	const description = shorten(field(row, "Description"));
	const sites = sitesOf(field(row, "Domain"));
	return {
		name,
		...(wildcard === "1" ? { prefix: true as const } : {}),
		platform,
		category,
		...(description === "" ? {} : { description }),
		...(sites.length === 0 ? {} : { sites }),
	};
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortKey = (e: KnownCookieEntry) =>
	[e.name, e.prefix ? "1" : "0", e.platform, e.category, e.description ?? "", (e.sites ?? []).join(" ")].join(
		"\0",
	);

/** The entries of the CSV, sorted by name (then prefix flag, platform …), identical rows once. */
export function deriveKnownCookies(csv: string): KnownCookieEntry[] {
	const byKey = new Map<string, KnownCookieEntry>();
	for (const row of parseCsv(csv)) {
		const entry = entryOf(row);
		if (entry) byKey.set(sortKey(entry), entry);
	}
	return [...byKey.keys()].sort(compare).map((key) => byKey.get(key) as KnownCookieEntry);
}

/** JSON.stringify with tabs, arrays of strings on one line as Biome writes them. */
function format(data: KnownCookieData): string {
	const text = JSON.stringify(data, null, "\t");
	return `${text.replace(
		/\[\n\t+("[^\n]*?")((?:,\n\t+"[^\n]*?")*)\n\t+\]/g,
		(_, first: string, rest: string) => `[${[first, ...rest.split(/,\n\t+/).slice(1)].join(", ")}]`,
	)}\n`;
}

/** The text of src/core/roles/data/open-cookie-database.json for this CSV. */
export function openCookieDatabaseJson(csv: string): string {
	return format({
		source: "https://github.com/jkwakman/Open-Cookie-Database",
		commit: UPSTREAM_COMMIT,
		license: "Apache-2.0",
		modified: `fields selected, descriptions shortened to ${DESCRIPTION_LIMIT} characters, domains as sites`,
		cookies: deriveKnownCookies(csv),
	});
}
