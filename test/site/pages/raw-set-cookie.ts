/**
 * `/raw-set-cookie?h=<Set-Cookie>&h=…`: writes the response as raw bytes on the socket, so a header may
 * carry what Node's http server refuses to send (a bare CR or a NUL fails its header validation with
 * ERR_INVALID_CHAR, https://nodejs.org/api/http.html#responsesetheadername-value). Each character of
 * `h` becomes one byte (latin1), exactly as given.
 */
import type { PageContext } from "../page-context.ts";

const BODY = "<!doctype html><title>Raw Set-Cookie</title><h1>Raw Set-Cookie</h1>";

/** The whole HTTP/1.1 response as bytes: one Set-Cookie line per `h`, then a short HTML body. */
export function rawSetCookieResponse(headers: readonly string[]): Buffer {
	const lines = [
		"HTTP/1.1 200 OK",
		...headers.map((h) => `Set-Cookie: ${h}`),
		"Content-Type: text/html; charset=utf-8",
		"Cache-Control: no-store",
		`Content-Length: ${Buffer.byteLength(BODY)}`,
		"Connection: close",
	];
	return Buffer.from(`${lines.join("\r\n")}\r\n\r\n${BODY}`, "latin1");
}

export function rawSetCookiePage(ctx: PageContext): void {
	const socket = ctx.res.socket;
	if (socket === null) return;
	// The ServerResponse is bypassed: detach it so Node writes nothing of its own on this socket.
	ctx.res.detachSocket(socket);
	socket.end(rawSetCookieResponse(ctx.url.searchParams.getAll("h")));
}
