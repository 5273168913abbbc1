import { expect, test } from "vitest";
import type { HostHsts } from "../../audit-input.ts";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { missingHsts } from "./missing-hsts.ts";

const off = (host: string): HostHsts => ({ host, hsts: false, includeSubDomains: false });
const on = (host: string, includeSubDomains = false): HostHsts => ({ host, hsts: true, includeSubDomains });
const domainCookie = { domain: ".example.com", hostOnly: false };

test.each([
	["session, the host answered without HSTS", {}, "session", [off("app.example.com")], "medium"],
	["csrf, the host answered without HSTS", {}, "csrf", [off("app.example.com")], "low"],
	["other cookies are not checked", {}, "other", [off("app.example.com")], undefined],
	["the host sends HSTS", {}, "session", [on("app.example.com")], undefined],
	["nothing observed", {}, "session", undefined, undefined],
	["an empty observation", {}, "session", [], undefined],
	["only another host was observed (host-only cookie)", {}, "session", [off("www.example.com")], undefined],
	[
		"a parent's policy with includeSubDomains covers the host",
		{},
		"session",
		[off("app.example.com"), on("example.com", true)],
		undefined,
	],
	[
		"a parent's policy without includeSubDomains does not",
		{},
		"session",
		[off("app.example.com"), on("example.com")],
		"medium",
	],
	[
		"a domain cookie is sent to an uncovered subdomain",
		domainCookie,
		"session",
		[on("example.com"), off("shop.example.com")],
		"medium",
	],
	[
		"a domain cookie, every host covered",
		domainCookie,
		"session",
		[on("example.com", true), off("shop.example.com")],
		undefined,
	],
	["localhost is left out", { domain: "localhost" }, "session", [off("localhost")], undefined],
	["an IP literal is never an HSTS host", { domain: "192.0.2.1" }, "session", [off("192.0.2.1")], undefined],
] as const)("%s → %s", (_, extra, role, hsts, severity) => {
	const finding = findingOf(missingHsts, makeCookie(extra), { role, ...(hsts ? { hsts: [...hsts] } : {}) });
	expect(finding?.severity).toBe(severity);
});

test("the message names the host and the fix gives the header", () => {
	const finding = findingOf(missingHsts, makeCookie({ name: "sid" }), { hsts: [off("app.example.com")] });
	expect(finding?.message).toBe(
		'Session cookie "sid" (domain app.example.com, path /) is sent to https://app.example.com, which answered without a valid Strict-Transport-Security header',
	);
	expect(finding?.fix).toContain("max-age=31536000; includeSubDomains");
	expect(finding?.fix).toContain("Django: SECURE_HSTS_SECONDS = 31536000");
});

test("a domain cookie names the first uncovered host it is sent to", () => {
	const hsts = [off("other.org"), on("a.example.com"), off("b.example.com"), off("c.example.com")];
	const finding = findingOf(missingHsts, makeCookie(domainCookie), { hsts });
	expect(finding?.message).toContain("https://b.example.com,");
});
