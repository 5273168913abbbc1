/**
 * A cookie without SameSite is stored alike by both browsers (see cross-browser-storage) but
 * enforced differently. Chromium treats it as Lax ("Cookies default to SameSite=Lax", Chrome 80,
 * https://chromestatus.com/feature/5088147346030592), except that for two minutes after it is set it
 * still goes with a cross-site top-level POST (RFC 6265bis "Lax-allowing-unsafe" enforcement mode).
 * Firefox treats it as None (pref network.cookie.sameSite.laxByDefault is false in release builds; MDN
 * Set-Cookie, "SameSite", browser compatibility). The evidence is what the server receives: the
 * fixture site records every request's Cookie header. What happens once the two minutes are over is the
 * slow tier's: cross-browser-samesite-window.slow.e2e.ts.
 */
import { describe, expect, test } from "vitest";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { crossSitePost, setSameSiteCookies } from "../harness/pages/cross-site-post.ts";
import { world } from "../harness/world.ts";

describe.each(BROWSERS)("%s enforces an unspecified SameSite as its profile says", (name) => {
	const w = world(name, { page: true });

	test("a fresh cookie without SameSite goes with a cross-site top-level POST; an explicit Lax one does not", async () => {
		await setSameSiteCookies(w.page, w.site);
		expect(await crossSitePost(w.page, w.site, "fresh")).toEqual(["none", "unspecified"]);
	});
});
