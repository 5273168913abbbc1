/** How findings name a cookie: exact enough to find it in DevTools (name, domain, path, partition, store). */
import type { Cookie } from "../cookie.ts";
import type { Role } from "../report.ts";

/** `"sid" (domain .example.com, path /)`, with partition and container when present. */
export function cookieLabel(cookie: Cookie): string {
	// Concatenated, not joined from an array: one label per cookie of an audit (`npm run bench`).
	let parts = `domain ${cookie.domain}, path ${cookie.path}`;
	if (cookie.partitionKey) parts += `, partitioned under ${cookie.partitionKey.topLevelSite}`;
	if (cookie.storeId) parts += `, store ${cookie.storeId}`;
	return `"${cookie.name}" (${parts})`;
}

const NOUN: Record<Role, string> = { session: "Session cookie", csrf: "Anti-CSRF cookie", other: "Cookie" };

/**
 * The last label built: each finding of a cookie starts with it and rules run one cookie at a time, so
 * rebuilding it per finding was a large share of the audit's garbage (`npm run bench`). The fields are
 * compared too, so a cookie object changed between calls never gets a stale label.
 */
interface LastLabel {
	role: Role;
	cookie: Cookie;
	name: string;
	domain: string;
	path: string;
	storeId: string | undefined;
	partition: string | undefined;
	label: string;
}

let last: LastLabel | undefined;

function isLast(role: Role, c: Cookie): boolean {
	return (
		last !== undefined &&
		last.role === role &&
		last.cookie === c &&
		last.name === c.name &&
		last.domain === c.domain &&
		last.path === c.path &&
		last.storeId === c.storeId &&
		last.partition === c.partitionKey?.topLevelSite
	);
}

/** `Session cookie "sid" (domain …)`: the start of most finding messages. */
export function roleLabel(role: Role, cookie: Cookie): string {
	if (isLast(role, cookie)) return (last as LastLabel).label;
	// Joined, so it is one flat string: a template literal leaves a chain of ~9 concatenation nodes, and
	// every finding's message keeps the label, so the chain was most of a report's memory (`npm run bench`).
	// The pieces of `${NOUN[role]} ${cookieLabel(cookie)}` in one join, with no intermediate strings.
	const { name, domain, path, storeId } = cookie;
	const pieces = [NOUN[role], ' "', name, '" (domain ', domain, ", path ", path];
	if (cookie.partitionKey) pieces.push(", partitioned under ", cookie.partitionKey.topLevelSite);
	if (storeId) pieces.push(", store ", storeId);
	pieces.push(")");
	const label = pieces.join("");
	last = { role, cookie, name, domain, path, storeId, partition: cookie.partitionKey?.topLevelSite, label };
	return label;
}

/**
 * A finding's message without the cookie's "(domain …, path …, store …)" identity: what a cookie's row
 * shows, since the row names the cookie and its scope already.
 */
export function shortMessage(message: string): string {
	return message.replace(/ \(domain [^)]*\)/, "");
}
