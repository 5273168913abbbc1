/** Cookie paths: the default-path and path-match of RFC 6265bis §5.1.4. */

/** §5.1.4 default-path: the request path up to, not including, its right-most "/"; "/" when that is the first. */
export function defaultPath(requestPath: string): string {
	if (!requestPath.startsWith("/")) return "/";
	const last = requestPath.lastIndexOf("/");
	return last === 0 ? "/" : requestPath.slice(0, last);
}

/** The path a cookie is stored with: a Path attribute starting with "/", else the default-path (§5.6.4). */
export function cookiePath(pathAttribute: string | undefined, requestPath: string): string {
	return pathAttribute?.startsWith("/") ? pathAttribute : defaultPath(requestPath);
}

/** §5.1.4 path-match: identical, or a prefix that ends with "/" or is followed by "/" in the request path. */
export function pathMatches(requestPath: string, cookiePathValue: string): boolean {
	if (requestPath === cookiePathValue) return true;
	if (!requestPath.startsWith(cookiePathValue)) return false;
	return cookiePathValue.endsWith("/") || requestPath.charAt(cookiePathValue.length) === "/";
}
