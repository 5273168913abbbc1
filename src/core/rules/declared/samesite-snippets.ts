/** SameSite snippets shared by the samesite-* rules. */
import type { Snippets } from "../fix-text.ts";

export const SAMESITE_LAX: Snippets = {
	Express: 'session({ cookie: { sameSite: "lax" } })',
	Django: 'SESSION_COOKIE_SAMESITE = "Lax" (CSRF_COOKIE_SAMESITE for csrftoken)',
	Rails: "config.action_dispatch.cookies_same_site_protection = :lax",
	"Laravel/PHP": "'same_site' => 'lax' in config/session.php; plain PHP: session.cookie_samesite = Lax",
	Spring: "server.servlet.session.cookie.same-site=lax",
	"ASP.NET Core": "options.Cookie.SameSite = SameSiteMode.Lax",
	"Next.js": 'cookies().set(name, value, { sameSite: "lax" })',
};
