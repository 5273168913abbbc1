/**
 * One contract for every StoragePort: run against the in-memory fake (fake-storage-port.test.ts) and
 * against the real `storage.session`, `storage.local` and `storage.sync` areas in both browsers
 * (test/e2e/background/background-ports.e2e.ts), so the fake cannot drift from what the browsers keep.
 */
import { expect, test } from "vitest";
import type { StoragePort } from "../storage-port.ts";

let counter = 0;
/** A key prefix no other test uses, so the suite runs in a shared browser profile next to the background. */
function freshPrefix(): string {
	counter += 1;
	return `contract-${counter}-${Math.random().toString(36).slice(2, 8)}:`;
}

/** Plain structured-clone data as the background stores it (docs/protocol.md: no classes, Maps or Dates). */
const REPORT = {
	report: {
		url: "https://app.example.test/",
		sites: [{ site: "example.test", cookies: [{ name: "sid", secure: false, expires: null, score: 62.5 }] }],
	},
	seenAt: 1_893_456_000_123,
	tags: ["session", "é ✓", ""],
	flags: [true, false],
};

export function storagePortContract(port: () => StoragePort): void {
	test("a key never written reads as undefined and lists nothing", async () => {
		const p = freshPrefix();
		expect(await port().get(`${p}missing`)).toBeUndefined();
		expect(await port().entries(p)).toEqual([]);
	});

	test("nested plain data reads back equal: objects, arrays, numbers, strings, booleans, null", async () => {
		const p = freshPrefix();
		await port().set({ [`${p}report`]: REPORT, [`${p}count`]: 0, [`${p}name`]: "", [`${p}on`]: false });
		expect(await port().get(`${p}report`)).toEqual(REPORT);
		expect(await port().get(`${p}count`)).toBe(0);
		expect(await port().get(`${p}name`)).toBe("");
		expect(await port().get(`${p}on`)).toBe(false);
		await port().remove([`${p}report`, `${p}count`, `${p}name`, `${p}on`]);
	});

	test("what is stored is a copy: changing the value set, or the value read, changes nothing stored", async () => {
		const p = freshPrefix();
		const value = { list: [1, 2], inner: { n: 1 } };
		await port().set({ [`${p}v`]: value });
		value.list.push(3);
		value.inner.n = 2;
		const read = await port().get<typeof value>(`${p}v`);
		read?.list.push(4);
		expect(await port().get(`${p}v`)).toEqual({ list: [1, 2], inner: { n: 1 } });
		const listed = (await port().entries<typeof value>(p))[0]?.[1];
		listed?.list.push(5);
		expect(await port().get(`${p}v`)).toEqual({ list: [1, 2], inner: { n: 1 } });
		await port().remove([`${p}v`]);
	});

	test("set writes several keys at once and replaces an existing value whole", async () => {
		const p = freshPrefix();
		await port().set({ [`${p}a`]: { x: 1, y: 2 }, [`${p}b`]: "b" });
		await port().set({ [`${p}a`]: { x: 3 } });
		expect(await port().get(`${p}a`)).toEqual({ x: 3 });
		expect(await port().get(`${p}b`)).toBe("b");
		await port().remove([`${p}a`, `${p}b`]);
	});

	test("entries lists exactly the keys that start with the prefix, with their values", async () => {
		const p = freshPrefix();
		await port().set({ [`${p}tab:1`]: 1, [`${p}tab:2`]: { n: 2 }, [`${p}tabs`]: 3, [`${p}jar:1`]: 4 });
		const listed = await port().entries(`${p}tab:`);
		expect(listed.sort(([a], [b]) => a.localeCompare(b))).toEqual([
			[`${p}tab:1`, 1],
			[`${p}tab:2`, { n: 2 }],
		]);
		expect((await port().entries(p)).map(([key]) => key).sort()).toEqual([
			`${p}jar:1`,
			`${p}tab:1`,
			`${p}tab:2`,
			`${p}tabs`,
		]);
		await port().remove([`${p}tab:1`, `${p}tab:2`, `${p}tabs`, `${p}jar:1`]);
	});

	test("remove deletes the named keys only; a key that is not there is no error", async () => {
		const p = freshPrefix();
		await port().set({ [`${p}a`]: 1, [`${p}b`]: 2, [`${p}c`]: 3 });
		await port().remove([`${p}a`, `${p}c`, `${p}never-written`]);
		expect(await port().get(`${p}a`)).toBeUndefined();
		expect(await port().entries(p)).toEqual([[`${p}b`, 2]]);
		await port().remove([`${p}b`]);
		expect(await port().entries(p)).toEqual([]);
	});
}
