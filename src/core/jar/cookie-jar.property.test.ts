import fc from "fast-check";
import { expect, test } from "vitest";
import { describeBrowserDifference } from "./browser-difference.ts";
import { BROWSER_PROFILES, profilesCanDiffer } from "./browser-profiles.ts";
import { createCookieJar } from "./cookie-jar.ts";
import { evaluateSetCookie } from "./evaluate-set-cookie.ts";

const RUNS = { numRuns: 200 };
const REASONS = Object.keys({
	syntax: 0,
	"too-large": 0,
	"invalid-characters": 0,
	"secure-from-insecure-origin": 0,
	"samesite-none-insecure": 0,
	"prefix-violation": 0,
	"partitioned-insecure": 0,
	"domain-mismatch": 0,
	"public-suffix-domain": 0,
});

const piece = fc.oneof(
	fc.string(),
	fc.constantFrom("=", ";", " ", "\r", "\0", "__Host-", "__Secure-", "__Http-", "Secure", "HttpOnly"),
	fc.constantFrom(
		"Path=/",
		"Path=",
		"Domain=example.com",
		"Domain=com",
		"Domain=",
		"Max-Age=0",
		"Max-Age=99",
	),
	fc.constantFrom("SameSite=None", "Partitioned", "Expires=Thu, 01 Jan 1970 00:00:00 GMT"),
);
const header = fc.oneof(
	fc.string({ unit: "binary" }),
	fc.array(piece, { maxLength: 10 }).map((p) => p.join("")),
);
const url = fc.oneof(
	fc.string(),
	fc.webUrl(),
	fc.constantFrom("https://www.example.com/a/b", "http://localhost/", "http://[::1]/", "https://github.io/"),
	fc.constantFrom(
		"http://192.168.0.1/x",
		"https://co.uk/",
		"file:///etc/passwd",
		"https://",
		"http://example.com:99999/",
	),
);
const profile = fc.constantFrom(...(Object.keys(BROWSER_PROFILES) as (keyof typeof BROWSER_PROFILES)[]));
const now = fc.integer({ min: 0, max: 4_000_000_000 });

test("the jar never throws and every outcome is a stored cookie, a deletion or a known reason", () => {
	fc.assert(
		fc.property(profile, fc.array(fc.tuple(header, url), { maxLength: 5 }), now, (p, inputs, t) => {
			const jar = createCookieJar({ profile: p });
			for (const [h, u] of inputs) {
				const outcome = jar.setCookie(h, u, t);
				if (outcome.status === "rejected") {
					expect(REASONS).toContain(outcome.reason);
					expect(outcome.message).not.toMatch(/[\r\n]/);
				}
				if (outcome.status === "stored") expect(outcome.origin.setCookie).toBe(h);
				expect(() => jar.cookiesFor(u, t)).not.toThrow();
			}
			for (const { cookie } of jar.subjects(t)) {
				expect(cookie.session || (cookie.expirationDate ?? 0) > t).toBe(true);
				expect(cookie.expirationDate ?? t).toBeLessThanOrEqual(t + 34_560_000);
			}
		}),
		RUNS,
	);
});

/** Roughly what the WHATWG URL parser ignores before reading the scheme: edge C0/space, tabs and newlines. */
const schemeOf = (u: string): string =>
	u
		.replace(/[\t\n\r]/g, "")
		.replace(/^[\0-\x20]+/, "")
		.toLowerCase();

test("a URL that is not an http(s) URL gives a syntax refusal, never an exception", () => {
	fc.assert(
		fc.property(
			header,
			fc.string().filter((s) => !/^https?:/.test(schemeOf(s))),
			(h, u) => {
				expect(createCookieJar().setCookie(h, u, 0)).toMatchObject({ status: "rejected", reason: "syntax" });
			},
		),
		RUNS,
	);
});

test("describing browser differences never throws", () => {
	fc.assert(
		fc.property(header, url, now, (h, u, t) => {
			const difference = describeBrowserDifference(h, u, t);
			if (difference !== null) expect(difference).toMatch(/^Chromium .+; Firefox .+$/s);
		}),
		RUNS,
	);
});

test("a header the profiles cannot differ on is evaluated alike by both (the jar evaluates it once)", () => {
	const { chromium, firefox } = BROWSER_PROFILES;
	fc.assert(
		fc.property(header, url, now, (h, u, t) => {
			fc.pre(!profilesCanDiffer(h));
			expect(evaluateSetCookie(h, u, t, firefox)).toEqual(evaluateSetCookie(h, u, t, chromium));
		}),
		{ numRuns: 2_000 },
	);
});
