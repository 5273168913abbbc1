/**
 * One contract for every CookiePort: run against the in-memory fake (unit tests) and against the real
 * mapping over the browsers' cookies API (test/e2e/background/background-cookie-port.e2e.ts), so the fake cannot
 * drift from what Chromium and Firefox do.
 */
import { expect, test } from "vitest";
import type { Cookie } from "../../core/cookie.ts";
import type { CookiePort } from "../cookie-port.ts";

const HOST = "app.example.test";
const THIRD_PARTY = "widgets.thirdparty.test";
const TOP_LEVEL_SITE = "https://example.test";

let counter = 0;
/** A cookie with a name no other test uses, so the suite runs in a shared browser profile. */
function cookie(overrides: Partial<Cookie> = {}): Cookie {
	counter += 1;
	return {
		name: `contract_${counter}_${Math.random().toString(36).slice(2, 8)}`,
		value: "v1",
		domain: HOST,
		hostOnly: true,
		path: "/",
		secure: false,
		httpOnly: true,
		sameSite: "lax",
		session: true,
		partitionKey: null,
		...overrides,
	};
}

/** The stored copy without the store id, which differs by browser ("0", "firefox-default"). */
function comparable(c: Cookie | undefined): Omit<Cookie, "storeId"> | undefined {
	if (!c) return undefined;
	const { storeId: _storeId, ...rest } = c;
	return rest;
}

const inFuture = () => Math.floor(Date.now() / 1000) + 3600;

export function cookiePortContract(port: () => CookiePort): void {
	const all = (name: string, domain = HOST) => port().getAll({ name, domain, partitionKey: {} });

	test("a host-only cookie is written without a domain and reads back host-only, every attribute intact", async () => {
		const c = cookie();
		await port().set(c);
		expect((await all(c.name)).map(comparable)).toEqual([comparable(c)]);
		await port().remove(c);
	});

	test("a domain cookie reads back with its leading dot and is sent to sibling subdomains", async () => {
		const c = cookie({ domain: ".example.test", hostOnly: false, sameSite: "strict", httpOnly: false });
		await port().set(c);
		expect((await all(c.name, "example.test")).map(comparable)).toEqual([comparable(c)]);
		const sent = await port().getAll({ url: "http://other.example.test/", name: c.name });
		expect(sent.map((s) => s.domain)).toEqual([".example.test"]);
		await port().remove(c);
	});

	test("remove deletes exactly one cookie and leaves its same-name siblings (domain, path)", async () => {
		const hostOnly = cookie();
		const domain = { ...hostOnly, domain: ".example.test", hostOnly: false, value: "domain" };
		const deeper = { ...hostOnly, path: "/account", value: "deeper" };
		for (const c of [hostOnly, domain, deeper]) await port().set(c);
		await port().remove(hostOnly);
		const left = (await all(hostOnly.name, "example.test")).map((c) => c.value).sort();
		expect(left).toEqual(["deeper", "domain"]);
		for (const c of [domain, deeper]) await port().remove(c);
		expect(await all(hostOnly.name, "example.test")).toEqual([]);
	});

	test("a Secure cookie with SameSite=None round-trips", async () => {
		const c = cookie({ secure: true, sameSite: "none", session: false, expirationDate: inFuture() });
		await port().set(c);
		expect((await all(c.name)).map(comparable)).toEqual([comparable(c)]);
		await port().remove(c);
		expect(await all(c.name)).toEqual([]);
	});

	test("SameSite=None without Secure is not stored", async () => {
		const c = cookie({ sameSite: "none" });
		await port()
			.set(c)
			.catch(() => undefined);
		expect(await all(c.name)).toEqual([]);
	});

	test("a partitioned copy is listed only when partitions are asked for, and removed on its own", async () => {
		const plain = cookie({ domain: THIRD_PARTY, secure: true, sameSite: "none" });
		const partitioned = { ...plain, value: "partitioned", partitionKey: { topLevelSite: TOP_LEVEL_SITE } };
		await port().set(plain);
		await port().set(partitioned);
		const unpartitioned = await port().getAll({ name: plain.name, domain: THIRD_PARTY });
		expect(unpartitioned.map((c) => c.value)).toEqual(["v1"]);
		const both = await all(plain.name, THIRD_PARTY);
		expect(both.map(comparable).sort((a, b) => (a?.value ?? "").localeCompare(b?.value ?? ""))).toEqual([
			comparable(partitioned),
			comparable(plain),
		]);
		await port().remove(partitioned);
		expect((await all(plain.name, THIRD_PARTY)).map((c) => c.value)).toEqual(["v1"]);
		await port().remove(plain);
	});

	test("writing a new expiry changes the expiry and nothing else; a past one deletes", async () => {
		const c = cookie({
			domain: ".example.test",
			hostOnly: false,
			session: false,
			expirationDate: inFuture(),
		});
		await port().set(c);
		const later = { ...c, expirationDate: inFuture() + 600 };
		await port().set(later);
		expect((await all(c.name, "example.test")).map(comparable)).toEqual([comparable(later)]);
		await port().set({ ...c, expirationDate: 1 });
		expect(await all(c.name, "example.test")).toEqual([]);
	});
}
