/**
 * The bench's Set-Cookie mix: deterministic headers of the shapes real sites send (sessions, CSRF,
 * analytics, preferences; Domain and host-only; Path, Secure, HttpOnly, SameSite, Max-Age and Expires),
 * each with the page URL it came from, spread over 50 sites.
 */
import { seededRandom } from "./seeded-random.ts";

export interface HeaderFromUrl {
	header: string;
	url: string;
}

/** Cookie names real sites use, shared by the bench's generated cookies and headers. */
export const NAMES = [
	"sessionid",
	"csrftoken",
	"_ga",
	"prefs",
	"remember_token",
	"connect.sid",
	"theme",
	"JSESSIONID",
];
const ATTRIBUTES = [
	"Path=/",
	"Secure",
	"HttpOnly",
	"SameSite=Lax",
	"SameSite=None",
	"Max-Age=86400",
	"Expires=Wed, 21 Oct 2037 07:28:00 GMT",
	"Path=/account",
];

export function headerMix(count: number): HeaderFromUrl[] {
	const next = seededRandom(count);
	return Array.from({ length: count }, (_, i) => {
		const site = `site${i % 50}.com`;
		const name = `${NAMES[i % NAMES.length]}${i % 3 === 0 ? "" : `_${i % 400}`}`;
		const value = Array.from({ length: 24 }, () => Math.floor(next() * 36).toString(36)).join("");
		const attributes = ATTRIBUTES.filter(() => next() < 0.45);
		if (next() < 0.3) attributes.push(`Domain=${site}`);
		const url = `https://${next() < 0.5 ? "www" : "app"}.${site}/account/page${i % 7}?q=${i}`;
		return { header: [`${name}=${value}`, ...attributes].join("; "), url };
	});
}
