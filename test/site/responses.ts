import type { ServerResponse } from "node:http";

export function sendHtml(
	res: ServerResponse,
	html: string,
	setCookies: readonly string[] = [],
	status = 200,
): void {
	res.statusCode = status;
	setCookieHeaders(res, setCookies);
	res.setHeader("Content-Type", "text/html; charset=utf-8");
	res.end(html);
}

export function sendJson(res: ServerResponse, body: unknown, status = 200): void {
	res.statusCode = status;
	res.setHeader("Content-Type", "application/json; charset=utf-8");
	res.end(JSON.stringify(body));
}

export function sendRedirect(
	res: ServerResponse,
	location: string,
	setCookies: readonly string[] = [],
	status: 302 | 303 = 302,
): void {
	res.statusCode = status;
	setCookieHeaders(res, setCookies);
	res.setHeader("Location", location);
	res.end();
}

/** Each cookie gets its own Set-Cookie header line: cookies cannot be folded into one with commas. */
function setCookieHeaders(res: ServerResponse, setCookies: readonly string[]): void {
	if (setCookies.length > 0) res.setHeader("Set-Cookie", [...setCookies]);
}
