import { describe, expect, test } from "vitest";
import type { Cookie } from "../cookie.ts";
import { chooseEvictions, SITE_LIMIT, siteBucketOf } from "./site-limit.ts";

function cookie(name: string, secure = false, domain = "example.com"): { cookie: Cookie } {
	return {
		cookie: {
			name,
			value: "v",
			domain,
			hostOnly: !domain.startsWith("."),
			path: "/",
			secure,
			httpOnly: false,
			sameSite: "lax",
			session: true,
			partitionKey: null,
		},
	};
}

const names = (entries: { cookie: Cookie }[]) => entries.map((e) => e.cookie.name);
const plain = (from: number, to: number) =>
	Array.from({ length: to - from }, (_, i) => cookie(`c${from + i}`));

describe("chooseEvictions", () => {
	test("the browsers' figures: at most 180 per site, purged to 150", () => {
		expect(SITE_LIMIT).toEqual({ max: 180, keep: 150 });
	});

	test("evicts nothing from a site at the limit", () => {
		expect(chooseEvictions(plain(0, 180))).toEqual([]);
	});

	test("one over the limit: the 31 least recently set go, leaving 150", () => {
		const evicted = chooseEvictions(plain(0, 181));
		expect(evicted).toHaveLength(31);
		expect(names(evicted).slice(0, 3)).toEqual(["c0", "c1", "c2"]);
		expect(names(evicted).at(-1)).toBe("c30");
	});

	test("non-secure cookies go before older secure ones", () => {
		const bucket = [cookie("old-secure", true), ...plain(0, 2), cookie("s", true), ...plain(2, 4)];
		const evicted = chooseEvictions(bucket, { max: 4, keep: 2 });
		expect(names(evicted)).toEqual(["c0", "c1", "c2", "c3"]);
	});

	test("when the non-secure ones are not enough, the oldest secure ones follow", () => {
		const bucket = [cookie("s0", true), cookie("a"), cookie("s1", true), cookie("s2", true), cookie("b")];
		const evicted = chooseEvictions(bucket, { max: 4, keep: 2 });
		expect(names(evicted)).toEqual(["a", "b", "s0"]);
	});
});

describe("siteBucketOf", () => {
	test("a host-only cookie and a Domain cookie of one registrable domain share a bucket", () => {
		expect(siteBucketOf(cookie("a", false, "www.example.co.uk").cookie)).toBe(
			siteBucketOf(cookie("b", false, ".example.co.uk").cookie),
		);
	});

	test("another site, or a partitioned cookie of the same site, counts apart", () => {
		const unpartitioned = siteBucketOf(cookie("a").cookie);
		expect(siteBucketOf(cookie("a", false, "example.org").cookie)).not.toBe(unpartitioned);
		const partitioned = { ...cookie("a", true).cookie, partitionKey: { topLevelSite: "https://top.test" } };
		expect(siteBucketOf(partitioned)).not.toBe(unpartitioned);
	});
});
