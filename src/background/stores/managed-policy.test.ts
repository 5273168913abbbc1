import { describe, expect, test } from "vitest";
import { createFakeStoragePort } from "../../platform/fakes/fake-storage-port.ts";
import { createManagedPolicy } from "./managed-policy.ts";

describe("the managed policy as last read", () => {
	test("is unknown before the first read, and remembered in storage.session after it", async () => {
		const session = createFakeStoragePort();
		const policy = createManagedPolicy(
			async () => ({ badge: false }),
			session,
			() => {},
		);
		expect(await policy.known()).toBeUndefined();
		expect(await policy.read()).toEqual({ badge: false });
		expect(await policy.known()).toEqual({ value: { badge: false } });
		// A restarted background starts from what storage.session kept.
		const restarted = createManagedPolicy(
			async () => ({ badge: false }),
			session,
			() => {},
		);
		expect(await restarted.known()).toEqual({ value: { badge: false } });
	});

	test("no policy is known as none once read: a refused read (Firefox) and an empty record (Chrome) alike", async () => {
		const session = createFakeStoragePort();
		const changes: string[] = [];
		const none = createManagedPolicy(
			async () => undefined,
			session,
			() => changes.push("none"),
		);
		await none.read();
		expect(
			await createManagedPolicy(
				async () => ({}),
				session,
				() => {},
			).known(),
		).toEqual({
			value: undefined,
		});
		const empty = createManagedPolicy(
			async () => ({}),
			session,
			() => changes.push("empty"),
		);
		await empty.read();
		expect(changes).toEqual([]);
	});

	test("a read that brings another policy than the one assumed calls onChange, once per change", async () => {
		const session = createFakeStoragePort();
		let value: unknown = { maxSessionLifetimeDays: 3 };
		let changes = 0;
		const policy = createManagedPolicy(
			async () => value,
			session,
			() => changes++,
		);
		await policy.read();
		await policy.read();
		expect(changes).toBe(1);
		value = { maxSessionLifetimeDays: 5 };
		await policy.read();
		expect(changes).toBe(2);
		expect(await policy.known()).toEqual({ value: { maxSessionLifetimeDays: 5 } });
	});

	test("a read that never answers does not hold up the next one", async () => {
		let call = 0;
		const policy = createManagedPolicy(
			() => (++call === 1 ? new Promise<unknown>(() => {}) : Promise.resolve({ badge: false })),
			createFakeStoragePort(),
			() => {},
		);
		void policy.read();
		expect(await policy.read()).toEqual({ badge: false });
	});
});
