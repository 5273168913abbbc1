import { randomBytes } from "node:crypto";
import { renderPage } from "../html.ts";
import type { PageContext } from "../page-context.ts";
import { sendHtml } from "../responses.ts";

/**
 * Both browsers keep at most 180 cookies per site (registrable domain, so subdomains add no room):
 * Chromium's kDomainMaxCookies, Firefox's network.cookie.maxPerHost. Past that they evict, non-Secure
 * cookies first: after `/many?n=500` on a fresh http://127.0.0.1 both held 160 bulk cookies and had
 * evicted an older non-Secure one too (Chromium 156, Firefox ESR 153, 2026-11). For more cookies in
 * one jar, spread them over several sites (the fixture hosts span two, plus localhost and 127.0.0.1).
 */
export const BROWSER_COOKIES_PER_SITE = 180;

/** Enough for any performance test, small enough that a typo cannot make a megabyte of headers. */
const MAX_N = 5000;

export function manyCookieName(i: number): string {
	return `bulk_${String(i).padStart(4, "0")}`;
}

/** `/many?n=500`: n host-only cookies `bulk_0000`…, for performance tests. */
export function manyPage(ctx: PageContext): void {
	const requested = Number.parseInt(ctx.url.searchParams.get("n") ?? "100", 10);
	const n = Number.isFinite(requested) ? Math.min(Math.max(requested, 0), MAX_N) : 0;
	const headers = Array.from(
		{ length: n },
		(_, i) => `${manyCookieName(i)}=${randomBytes(8).toString("hex")}; Path=/; SameSite=Lax`,
	);
	const body = `<p>This page set <span id="count">${n}</span> cookies named bulk_0000 to ${manyCookieName(n - 1)}.</p>
<p>Browsers keep at most ${BROWSER_COOKIES_PER_SITE} per site and evict the rest.</p>`;
	sendHtml(ctx.res, renderPage("Sets many cookies at once", body), headers);
}
