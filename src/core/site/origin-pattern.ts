/**
 * The match pattern of a page's origin, as `permissions.contains` and `permissions.request` take it.
 * The scheme is the page's own: Chrome does not count `http://*` plus `https://*` patterns as covering a
 * `*://host/*` pattern in `permissions.contains`.
 */
export function originPattern(url: string): string {
	const { protocol, hostname } = new URL(url);
	return `${protocol}//${hostname}/*`;
}
