import { describe, expect, test } from "vitest";
import { domainMatches, resolveCookieDomain } from "./cookie-domain.ts";

describe("domainMatches (RFC 6265bis §5.1.3)", () => {
	test.each([
		["example.com", "example.com", true],
		["www.example.com", "example.com", true],
		["a.b.example.com", "example.com", true],
		["wwwexample.com", "example.com", false],
		["example.com", "www.example.com", false],
		["192.168.0.1", "168.0.1", false],
		["192.168.0.1", "192.168.0.1", true],
	])("%s against %s → %s", (host, domain, expected) => {
		expect(domainMatches(host, domain)).toBe(expected);
	});
});

describe("resolveCookieDomain", () => {
	test.each([
		["www.example.com", undefined, { ok: true, domain: "www.example.com", hostOnly: true }],
		["www.example.com", "", { ok: true, domain: "www.example.com", hostOnly: true }],
		["www.example.com", "example.com", { ok: true, domain: ".example.com", hostOnly: false }],
		["www.bbc.co.uk", "bbc.co.uk", { ok: true, domain: ".bbc.co.uk", hostOnly: false }],
		["app.example.test", "example.test", { ok: true, domain: ".example.test", hostOnly: false }],
		["co.uk", "co.uk", { ok: true, domain: "co.uk", hostOnly: true }],
		["intranet", "intranet", { ok: true, domain: "intranet", hostOnly: true }],
		["::1", "::1", { ok: true, domain: "::1", hostOnly: true }],
		["www.example.com", "com", { ok: false, reason: "public-suffix-domain" }],
		["app.example.test", "test", { ok: false, reason: "public-suffix-domain" }],
		["www.example.com", "example.org", { ok: false, reason: "domain-mismatch" }],
		["co.uk", "uk", { ok: false, reason: "public-suffix-domain" }],
		["co.uk", "bbc.co.uk", { ok: false, reason: "domain-mismatch" }],
	])("%s with Domain=%s", (host, domain, expected) => {
		expect(resolveCookieDomain(host, domain)).toMatchObject(expected);
	});
});
