import { describe, expect, test } from "vitest";
import type { AuditInput, AuditSubject } from "../audit-input.ts";
import type { Cookie } from "../cookie.ts";
import { makeCookie } from "../rules/testing/rule-context.ts";
import { DEFAULT_SETTINGS } from "../settings/settings.ts";
import { auditSites } from "./audit-sites.ts";
import { randomHex } from "./testing/random-values.ts";

const NOW = 1_767_225_600;

function cookie(extra: Partial<Cookie>): Cookie {
	return makeCookie({ name: "sid", value: randomHex(32), ...extra });
}

function input(cookies: Cookie[], pageUrls: string[] = ["https://app.example.com/"]): AuditInput {
	return {
		subjects: cookies.map((c): AuditSubject => ({ cookie: c })),
		now: NOW,
		settings: DEFAULT_SETTINGS,
		pageUrls,
	};
}

describe("auditSites", () => {
	test("groups cookies by registrable domain in order of first appearance", () => {
		const sites = auditSites(
			input([
				cookie({ domain: "b.example.org" }),
				cookie({ domain: "app.example.com" }),
				cookie({ domain: ".example.org", hostOnly: false }),
			]),
		);
		expect(sites.map((s) => [s.site, s.cookies.length])).toEqual([
			["example.org", 2],
			["example.com", 1],
		]);
	});

	test("a hardened session cookie gets no findings and A+", () => {
		const [site] = auditSites(input([cookie({ name: "__Host-sid", value: randomHex(32) })]));
		expect(site).toMatchObject({ score: 100, grade: "A+" });
		expect(site?.cookies[0]).toMatchObject({ role: "session", findings: [] });
	});

	test("reports the cookie exactly per the report contract, without values by default", () => {
		const c = cookie({ expirationDate: NOW + 60, session: false, storeId: "firefox-container-1" });
		const report = auditSites(input([c]))[0]?.cookies[0];
		expect(report).toMatchObject({
			name: "sid",
			domain: "app.example.com",
			hostOnly: true,
			path: "/",
			secure: true,
			httpOnly: true,
			sameSite: "lax",
			expires: NOW + 60,
			partitionKey: null,
			storeId: "firefox-container-1",
			role: "session",
		});
		expect(report).not.toHaveProperty("value");
		expect(report).not.toHaveProperty("firstPartyDomain");
		expect(typeof report?.roleReason).toBe("string");
	});

	test.each([
		[true, true],
		[false, false],
	])("includeValues %s puts the value in: %s", (includeValues, present) => {
		const report = auditSites(input([cookie({})]), { includeValues })[0]?.cookies[0];
		expect(report !== undefined && "value" in report).toBe(present);
	});

	test("browser-session cookies report expires null and keep their partition key", () => {
		const c = cookie({ partitionKey: { topLevelSite: "https://top.example" } });
		expect(auditSites(input([c]))[0]?.cookies[0]).toMatchObject({
			expires: null,
			partitionKey: { topLevelSite: "https://top.example" },
		});
	});

	test("an insecure PHP default session scores F with high findings first", () => {
		const php = cookie({ name: "PHPSESSID", secure: false, httpOnly: false, sameSite: "unspecified" });
		const [site] = auditSites(input([php], ["http://app.example.com/"]));
		const findings = site?.cookies[0]?.findings ?? [];
		expect(site?.grade).toBe("F");
		expect(findings[0]?.severity).toBe("high");
		expect(findings.map((f) => f.rule)).toEqual(
			expect.arrayContaining(["missing-secure", "missing-httponly"]),
		);
	});
});

describe("what the report says of the role", () => {
	test("a known cookie names its platform and category, and its role is known", () => {
		const [site] = auditSites(input([cookie({ name: "_ga", value: "GA1.1.1234567890.1700000000" })]));
		expect(site?.cookies[0]).toMatchObject({
			role: "other",
			roleConfidence: "known",
			knownAs: {
				platform: "Google Analytics",
				category: "analytics",
				description: "ID used to identify users",
			},
		});
	});

	test("a random value under an unknown name is a guess, and no finding of it is high", () => {
		const [site] = auditSites(
			input([cookie({ name: "x7", secure: false, httpOnly: true, sameSite: "unspecified" })]),
		);
		const [c] = site?.cookies ?? [];
		expect(c).toMatchObject({ role: "session", roleConfidence: "guess" });
		expect(c?.knownAs).toBeUndefined();
		expect(c?.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual([
			"missing-secure medium",
			"samesite-missing low",
			"prefix-missing info",
		]);
	});
});

describe("a textbook-safe session cookie", () => {
	// OWASP Session Management Cheat Sheet, "Cookies": Secure, HttpOnly, SameSite, host-only, Path=/, no
	// Expires; the id opaque and random ("Session ID Entropy").
	test.each(["__Host-session", "session", "sid", "id", "connect.sid", "JSESSIONID", "app_auth", "x7"])(
		"%s gets no high or medium finding",
		(name) => {
			const safe = cookie({
				name,
				secure: true,
				httpOnly: true,
				sameSite: "strict",
				hostOnly: true,
				path: "/",
			});
			const [site] = auditSites(input([safe]));
			const serious = site?.cookies[0]?.findings.filter(
				(f) => f.severity === "high" || f.severity === "medium",
			);
			expect(serious).toEqual([]);
		},
	);
});
