/**
 * Whether a site is served over https, from what the audit knows: a page of it on https, or a Secure
 * cookie of it in the jar. A browser stores a Secure cookie only from a secure origin (RFC 6265bis
 * draft-ietf-httpbis-rfc6265bis-20 §5.7, "Storage Model": a cookie whose secure-only-flag is true from a
 * request-uri that does not denote a secure protocol is ignored), and http://localhost counts as secure
 * there, so a localhost cookie's Secure proves nothing. The second source matters when the input has
 * cookies and no pages (a Playwright storage state, the jar of an extension that saw no page yet).
 */
import { bareDomain, type Cookie } from "../../cookie.ts";
import { isLocalHost, type PageUrl } from "./page-url.ts";

export function siteUsesHttps(sitePages: readonly PageUrl[], siteCookies: readonly Cookie[]): boolean {
	if (sitePages.some((p) => p.scheme === "https")) return true;
	return siteCookies.some((c) => c.secure && !isLocalHost(bareDomain(c.domain)));
}
