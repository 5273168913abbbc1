import fc from "fast-check";
import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { insecureOrigin } from "./insecure-origin.ts";

test.each([
	["session used on http", {}, "session", ["http://app.example.com/login"], "high"],
	["csrf used on http", {}, "csrf", ["http://app.example.com/"], "medium"],
	["other used on http", {}, "other", ["http://app.example.com/"], "info"],
	["only https pages", {}, "session", ["https://app.example.com/"], undefined],
	[
		"http page on another host of the site, host-only cookie",
		{},
		"session",
		["http://www.example.com/"],
		undefined,
	],
	[
		"http page on a subdomain, domain cookie",
		{ domain: ".example.com", hostOnly: false },
		"session",
		["http://www.example.com/"],
		"high",
	],
	["http://localhost", { domain: "localhost" }, "session", ["http://localhost:8080/"], undefined],
] as const)("%s → %s", (_, extra, role, pageUrls, severity) => {
	expect(findingOf(insecureOrigin, makeCookie(extra), { role, pageUrls: [...pageUrls] })?.severity).toBe(
		severity,
	);
});

test("the message names the http page", () => {
	const finding = findingOf(insecureOrigin, makeCookie(), { pageUrls: ["http://app.example.com/login"] });
	expect(finding?.message).toContain("http://app.example.com/login");
});

test("names the first http page the cookie is sent to, as a scan of every page would", () => {
	const host = fc.constantFrom(
		"example.com",
		"app.example.com",
		"a.app.example.com",
		"other.com",
		"localhost",
	);
	const url = fc.tuple(fc.constantFrom("http", "https"), host).map(([scheme, h]) => `${scheme}://${h}/`);
	const cookie = fc.record({ domain: host, hostOnly: fc.boolean(), dot: fc.boolean() });
	fc.assert(
		fc.property(fc.array(url, { maxLength: 6 }), cookie, (urls, { domain, hostOnly, dot }) => {
			const sentTo = (h: string) => (hostOnly ? h === domain : h === domain || h.endsWith(`.${domain}`));
			const expected = urls.find((u) => {
				const h = u.split("/")[2] ?? "";
				return u.startsWith("http:") && h !== "localhost" && sentTo(h);
			});
			const c = makeCookie({ domain: hostOnly || !dot ? domain : `.${domain}`, hostOnly });
			const finding = findingOf(insecureOrigin, c, { role: "session", pageUrls: urls });
			expect(finding?.message.split(" is used by ")[1]?.split(",")[0]).toBe(expected);
		}),
	);
});
