/** The jar with more cookies on one site than a browser keeps (site-limit.ts), under both profiles. */
import { describe, expect, test } from "vitest";
import { type BrowserProfile, createCookieJar } from "./cookie-jar.ts";

const NOW = 1_790_000_000;

describe.each(["chromium", "firefox"] as BrowserProfile[])("%s: a site over 180 cookies", (profile) => {
	test("the 181st cookie evicts the 31 least recently set of that site, whatever their host", () => {
		const jar = createCookieJar({ profile });
		for (let i = 0; i < 180; i++) {
			const host = i % 2 === 0 ? "www.example.com" : "api.example.com";
			expect(jar.setCookie(`c${i}=v`, `https://${host}/`, NOW)).not.toHaveProperty("evicted");
		}
		jar.setCookie("other=v", "https://example.org/", NOW);
		const outcome = jar.setCookie("last=v", "https://www.example.com/", NOW);
		expect(outcome.status === "stored" && outcome.evicted?.map((c) => c.name)).toEqual(
			Array.from({ length: 31 }, (_, i) => `c${i}`),
		);
		const kept = jar.subjects(NOW).map((s) => s.cookie.name);
		expect(kept).toHaveLength(151);
		expect(kept.slice(0, 2)).toEqual(["c31", "c32"]);
		expect(kept).toContain("other");
		expect(kept.at(-1)).toBe("last");
	});

	test("setting a cookie again makes it recent: it outlives cookies set after it first was", () => {
		const jar = createCookieJar({ profile });
		for (let i = 0; i < 180; i++) jar.setCookie(`c${i}=v`, "https://example.com/", NOW);
		jar.setCookie("c0=w", "https://example.com/", NOW);
		jar.setCookie("last=v", "https://example.com/", NOW);
		const kept = jar.subjects(NOW).map((s) => s.cookie.name);
		expect(kept).toContain("c0");
		expect(kept).not.toContain("c31");
		expect(kept).toContain("c32");
	});

	test("non-secure cookies are evicted before older Secure ones", () => {
		const jar = createCookieJar({ profile });
		for (let i = 0; i < 20; i++) jar.setCookie(`s${i}=v; Secure`, "https://example.com/", NOW);
		for (let i = 0; i < 161; i++) jar.setCookie(`c${i}=v`, "https://example.com/", NOW);
		const kept = jar.subjects(NOW).map((s) => s.cookie.name);
		expect(kept.filter((n) => n.startsWith("s"))).toHaveLength(20);
		expect(kept).toHaveLength(150);
		expect(kept).not.toContain("c30");
		expect(kept).toContain("c31");
	});

	test("expired cookies leave first and count for nothing", () => {
		const jar = createCookieJar({ profile });
		for (let i = 0; i < 100; i++) jar.setCookie(`e${i}=v; Max-Age=10`, "https://example.com/", NOW);
		for (let i = 0; i < 100; i++) jar.setCookie(`c${i}=v`, "https://example.com/", NOW);
		const outcome = jar.setCookie("last=v", "https://example.com/", NOW + 10);
		expect(outcome).not.toHaveProperty("evicted");
		expect(jar.subjects(NOW + 10)).toHaveLength(101);
	});

	test("what the real browsers kept after /many?n=500 behind one older cookie: 160 bulk cookies, not the older one", () => {
		// docs/browser-quirks.md, "At most 180 cookies per site" (observed in Chromium 156 and Firefox ESR 153).
		const jar = createCookieJar({ profile });
		jar.setCookie("earlier=1; Path=/", "http://127.0.0.1/", NOW);
		for (let i = 0; i < 500; i++) {
			jar.setCookie(
				`bulk_${String(i).padStart(4, "0")}=v; Path=/; SameSite=Lax`,
				"http://127.0.0.1/many",
				NOW,
			);
		}
		const kept = jar.subjects(NOW).map((s) => s.cookie.name);
		expect(kept).toHaveLength(160);
		expect(kept[0]).toBe("bulk_0340");
		expect(kept).not.toContain("earlier");
	});
});
