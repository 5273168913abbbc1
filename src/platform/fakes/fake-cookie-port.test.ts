import { describe, expect, test } from "vitest";
import { cookiePortContract } from "../testing/cookie-port-contract.ts";
import { createFakeCookiePort } from "./fake-cookie-port.ts";

describe("the in-memory cookie jar keeps the cookie-port contract", () => {
	const port = createFakeCookiePort();
	cookiePortContract(() => port);
});

describe("the in-memory cookie jar", () => {
	const base = {
		name: "sid",
		value: "1",
		domain: "app.example.test",
		hostOnly: true,
		path: "/",
		secure: false,
		httpOnly: true,
		sameSite: "lax" as const,
		session: true,
	};

	test("reports writes and deletions to onChanged listeners", async () => {
		const port = createFakeCookiePort();
		const seen: string[] = [];
		port.onChanged((c) => seen.push(`${c.removed ? "-" : "+"}${c.cookie.name}:${c.cause}`));
		await port.set(base);
		await port.remove(base);
		expect(seen).toEqual(["+sid:explicit", "-sid:expired_overwrite"]);
	});

	test("hides cookies once their expiry passes", async () => {
		let now = 1000;
		const port = createFakeCookiePort({ now: () => now });
		await port.set({ ...base, session: false, expirationDate: 1010 });
		expect(port.all()).toHaveLength(1);
		now = 1011;
		expect(await port.getAll({})).toEqual([]);
	});

	test("keeps stores apart: a query without storeId sees only the default store", async () => {
		const port = createFakeCookiePort();
		await port.set({ ...base, storeId: "firefox-container-1" });
		expect(await port.getAll({})).toEqual([]);
		expect(await port.getAll({ storeId: "firefox-container-1" })).toHaveLength(1);
	});

	test("Secure cookies are sent only to https URLs", async () => {
		const port = createFakeCookiePort();
		await port.set({ ...base, secure: true });
		expect(await port.getAll({ url: "http://app.example.test/" })).toEqual([]);
		expect(await port.getAll({ url: "https://app.example.test/" })).toHaveLength(1);
	});

	test("a refused write rejects and changes nothing", async () => {
		const port = createFakeCookiePort({ cookies: [base] });
		port.refuseWrites("quota");
		await expect(port.remove(base)).rejects.toThrow("quota");
		expect(port.all()).toHaveLength(1);
	});
});
