import { describe, expect, test } from "vitest";
import { identityKey } from "../../core/cookie.ts";
import { makeCookie } from "../../core/rules/testing/rule-context.ts";
import { createFakeStoragePort } from "../../platform/fakes/fake-storage-port.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import { updateFirstSeen } from "./first-seen-store.ts";

const T0 = 1_900_000_000;
const normal = makeCookie({ name: "sid", value: "4821", storeId: "0" });
const secret = makeCookie({ name: "sid", value: "7305", storeId: "1" });

/** Every string stored in an area, keys and values, as one text to search. */
async function dump(area: StoragePort): Promise<string> {
	return JSON.stringify(await area.entries(""));
}

function stores() {
	return { local: createFakeStoragePort(), session: createFakeStoragePort() };
}

describe("first-seen times", () => {
	test("keep the first time a value was seen, and restart when the value changes", async () => {
		const s = stores();
		await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [normal] }], T0);
		const later = await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [normal] }], T0 + 600);
		expect(later.get(identityKey(normal))).toBe(T0);
		const renewed = { ...normal, value: "9917" };
		const after = await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [renewed] }], T0 + 900);
		expect(after.get(identityKey(normal))).toBe(T0 + 900);
	});

	test("survive a browser restart (the key in storage.session is gone) by the cookie's identity", async () => {
		const s = stores();
		await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [normal] }], T0);
		const restarted = { local: s.local, session: createFakeStoragePort() };
		const times = await updateFirstSeen(
			restarted,
			[{ storeId: "0", private: false, cookies: [normal] }],
			T0 + 86_400,
		);
		expect(times.get(identityKey(normal))).toBe(T0);
	});

	test("leave the records of stores it was not given alone", async () => {
		const s = stores();
		await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [normal] }], T0);
		await updateFirstSeen(s, [{ storeId: "1", private: true, cookies: [secret] }], T0 + 60);
		const times = await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [normal] }], T0 + 120);
		expect(times.get(identityKey(normal))).toBe(T0);
	});

	test("forget cookies that are gone", async () => {
		const s = stores();
		await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [normal] }], T0);
		await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [] }], T0 + 60);
		expect(await dump(s.local)).not.toContain("sid");
	});

	test("write nothing of a private window's cookies to storage.local", async () => {
		const s = stores();
		const times = await updateFirstSeen(
			s,
			[
				{ storeId: "0", private: false, cookies: [normal] },
				{ storeId: "1", private: true, cookies: [secret] },
			],
			T0,
		);
		expect(times.get(identityKey(secret))).toBe(T0);
		const local = await dump(s.local);
		// identityKey starts with the store id: "0" is the normal store, "1" the private one.
		expect(local).toContain('"0\\u0000');
		expect(local).not.toContain('"1\\u0000');
		expect(await dump(s.session)).toContain('"1\\u0000');
	});

	test("keep no value, nor an unkeyed hash of it, in storage.local", async () => {
		const s = stores();
		await updateFirstSeen(s, [{ storeId: "0", private: false, cookies: [normal] }], T0);
		const local = await dump(s.local);
		expect(local).not.toContain("4821");
		// FNV-1a of "4821" in base 36, the unkeyed fingerprint the store used to keep.
		expect(local).not.toContain("1ewleeg");
		const [[, records]] = (await s.local.entries("firstSeen")) as [[string, Record<string, { h: string }>]];
		const other = stores();
		await updateFirstSeen(other, [{ storeId: "0", private: false, cookies: [normal] }], T0);
		const [[, again]] = (await other.local.entries("firstSeen")) as [[string, Record<string, { h: string }>]];
		expect(Object.values(records)[0]?.h).toMatch(/^[0-9a-f]{16}$/);
		expect(Object.values(records)[0]?.h).not.toBe(Object.values(again)[0]?.h);
	});
});
