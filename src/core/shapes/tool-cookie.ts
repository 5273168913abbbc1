/**
 * Cookies as the tools of a test suite hand them over, read into core's Cookie. Each object is told apart
 * by its own fields, so a list may mix them:
 * - WebExtensions `cookies.Cookie` (MDN): `hostOnly`, `session`, `expirationDate`, `sameSite`
 *   "no_restriction" | "lax" | "strict" | "unspecified".
 * - Puppeteer `Cookie` (`page.cookies()`, `browser.cookies()`) and the Chrome DevTools Protocol's
 *   `Network.Cookie`: `expires` (-1 for a session cookie) with `session`, `sameSite` "Strict" | "Lax" |
 *   "None" and absent when the cookie has none.
 * - Playwright `Cookie` (`context.cookies()`, `storageState().cookies`): `expires` (-1 for a session
 *   cookie) without `session`, `sameSite` always given (Chromium reports a cookie without SameSite as
 *   "Lax": playwright-core crBrowser.ts, `doGetCookies`).
 * - WebDriver BiDi `network.Cookie` (`storage.getCookies`): `value` is `{type: "string" | "base64", value}`,
 *   `expiry` in seconds, absent for a session cookie, `sameSite` "strict" | "lax" | "none" | "default"
 *   (https://w3c.github.io/webdriver-bidi/#type-network-Cookie).
 * A domain with a leading dot is a Domain cookie, without one host-only, as the browsers report them, in
 * every shape but the WebExtensions one, which says `hostOnly`.
 */
import type { Cookie, SameSite } from "../cookie.ts";

export type CookieShape = "webextensions" | "puppeteer-cdp" | "playwright" | "webdriver-bidi";

type Fields = Record<string, unknown>;

const SAME_SITE: Readonly<Record<string, SameSite>> = {
	strict: "strict",
	lax: "lax",
	none: "none",
	no_restriction: "none",
	unspecified: "unspecified",
	default: "unspecified",
};

const isObject = (x: unknown): x is Fields => typeof x === "object" && x !== null && !Array.isArray(x);

/** Which tool's shape the object has, or undefined when it is none of them. */
export function cookieShape(x: unknown): CookieShape | undefined {
	if (!isObject(x) || typeof x.name !== "string" || typeof x.domain !== "string") return undefined;
	if (isObject(x.value) && typeof x.value.type === "string") return "webdriver-bidi";
	if (typeof x.value !== "string") return undefined;
	if (typeof x.hostOnly === "boolean") return "webextensions";
	if (typeof x.expires === "number") return typeof x.session === "boolean" ? "puppeteer-cdp" : "playwright";
	return undefined;
}

function sameSiteOf(value: unknown, where: string): SameSite {
	if (value === undefined) return "unspecified";
	const known = typeof value === "string" ? SAME_SITE[value.toLowerCase()] : undefined;
	if (known === undefined)
		throw new TypeError(`${where}.sameSite is not a SameSite value (got ${String(value)})`);
	return known;
}

function bidiValue(value: Fields, where: string): string {
	if (typeof value.value !== "string") throw new TypeError(`${where}.value.value must be a string`);
	if (value.type === "string") return value.value;
	if (value.type === "base64")
		return new TextDecoder().decode(Uint8Array.from(atob(value.value), (c) => c.charCodeAt(0)));
	throw new TypeError(`${where}.value.type must be "string" or "base64"`);
}

function partitionOf(x: Fields): Pick<Cookie, "partitionKey"> {
	const key = x.partitionKey;
	if (typeof key === "string" && key !== "") return { partitionKey: { topLevelSite: key } };
	if (isObject(key)) {
		const site = key.topLevelSite ?? key.sourceOrigin;
		if (typeof site === "string" && site !== "") return { partitionKey: { topLevelSite: site } };
	}
	return {};
}

/** Seconds since the epoch, or undefined for a browser-session cookie (-1, 0 or absent). */
function expiryOf(seconds: unknown, where: string, field: string): number | undefined {
	if (seconds === undefined) return undefined;
	if (typeof seconds !== "number" || !Number.isFinite(seconds))
		throw new TypeError(`${where}.${field} must be a number of seconds`);
	return seconds > 0 ? seconds : undefined;
}

/** One object of any supported shape as core's Cookie; a TypeError names the object and its bad field. */
export function fromToolCookie(x: unknown, where = "cookie"): Cookie {
	const shape = cookieShape(x);
	if (shape === undefined || !isObject(x))
		throw new TypeError(
			`${where} is not a cookie of a known shape (WebExtensions, Playwright, Puppeteer, CDP Network.Cookie, WebDriver BiDi): it needs name, value and domain, and hostOnly, expires or a BiDi value`,
		);
	const domain = (x.domain as string).toLowerCase();
	const hostOnly = shape === "webextensions" ? (x.hostOnly as boolean) : !domain.startsWith(".");
	const expires =
		shape === "webextensions"
			? expiryOf(x.session === true ? undefined : x.expirationDate, where, "expirationDate")
			: shape === "webdriver-bidi"
				? expiryOf(x.expiry, where, "expiry")
				: shape === "puppeteer-cdp" && x.session === true
					? undefined
					: expiryOf(x.expires, where, "expires");
	const cookie: Cookie = {
		name: x.name as string,
		value: shape === "webdriver-bidi" ? bidiValue(x.value as Fields, where) : (x.value as string),
		domain,
		hostOnly,
		path: typeof x.path === "string" && x.path !== "" ? x.path : "/",
		secure: x.secure === true,
		httpOnly: x.httpOnly === true,
		sameSite: sameSiteOf(x.sameSite, where),
		session: expires === undefined,
		...partitionOf(x),
	};
	if (expires !== undefined) cookie.expirationDate = expires;
	if (shape === "webextensions" && typeof x.storeId === "string") cookie.storeId = x.storeId;
	return cookie;
}
