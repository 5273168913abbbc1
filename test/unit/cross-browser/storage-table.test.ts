import { describe, expect, test } from "vitest";
import { createHeaderJar } from "../../../src/cli/header-jar.ts";
import { describeBrowserDifference } from "../../../src/core/jar/browser-difference.ts";
import { type BrowserProfile, createCookieJar } from "../../../src/core/jar/cookie-jar.ts";
import { STORAGE_TABLE } from "../../fixtures/cross-browser/storage-table.ts";

const NOW = 1_790_000_000;
// The path the e2e serves them from: its default-path is "/", as for the fixture site's /set.
const URL = "https://app.example.test/set";
const PROFILES: readonly BrowserProfile[] = ["chromium", "firefox"];
const cases = STORAGE_TABLE.flatMap((row) => PROFILES.map((profile) => ({ ...row, profile })));

describe("each profile stores what the table says its browser stores", () => {
	test.each(cases)("$profile: $what", (row) => {
		const outcome = createCookieJar({ profile: row.profile }).setCookie(row.header, URL, NOW);
		const expected = row[row.profile];
		if ("refused" in expected) {
			expect(outcome).toMatchObject({ status: "rejected", reason: expected.refused });
			return;
		}
		expect(outcome).toMatchObject({ status: "stored", cookie: expected.stored });
		if (expected.lifetime !== undefined) {
			expect(outcome).toMatchObject({ cookie: { expirationDate: NOW + expected.lifetime } });
		}
	});

	test.each(cases.filter((c) => "sends" in c[c.profile]))(
		"$profile sends back $header as the table says",
		(row) => {
			const jar = createHeaderJar(row.profile, NOW);
			jar.apply({ setCookie: row.header, url: URL });
			const expected = row[row.profile];
			expect(jar.cookieHeader(URL)).toBe("sends" in expected ? expected.sends : undefined);
		},
	);
});

describe("describeBrowserDifference names exactly the rows that differ", () => {
	test.each(STORAGE_TABLE)("$what", (row) => {
		const difference = describeBrowserDifference(row.header, URL, NOW);
		if (!row.differs) {
			expect(difference).toBeNull();
			return;
		}
		expect(difference).toMatch(/^Chromium (stores|refuses|deletes) .+; Firefox (stores|refuses|deletes) /);
	});

	test("the table covers every difference issue 7 lists, and the shared behaviours", () => {
		const differing = STORAGE_TABLE.filter((r) => r.differs).map((r) => r.header);
		expect(differing).toEqual(["foo", "=value", "__Host-id=1; Secure", "cr=b\rc; Secure"]);
		expect(STORAGE_TABLE.map((r) => r.header)).toEqual(
			expect.arrayContaining(["=a=b", "nul=b\0c", "plain=1; Secure", expect.stringContaining("Partitioned")]),
		);
	});
});
