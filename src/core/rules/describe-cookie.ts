/** How findings name a cookie: exact enough to find it in DevTools (name, domain, path, partition, store). */
import type { Cookie } from "../cookie.ts";
import type { Role } from "../report.ts";

/** `"sid" (domain .example.com, path /)`, with partition and container when present. */
export function cookieLabel(cookie: Cookie): string {
	const parts = [`domain ${cookie.domain}`, `path ${cookie.path}`];
	if (cookie.partitionKey) parts.push(`partitioned under ${cookie.partitionKey.topLevelSite}`);
	if (cookie.storeId) parts.push(`store ${cookie.storeId}`);
	return `"${cookie.name}" (${parts.join(", ")})`;
}

const NOUN: Record<Role, string> = { session: "Session cookie", csrf: "Anti-CSRF cookie", other: "Cookie" };

/** `Session cookie "sid" (domain …)`: the start of most finding messages. */
export function roleLabel(role: Role, cookie: Cookie): string {
	return `${NOUN[role]} ${cookieLabel(cookie)}`;
}
