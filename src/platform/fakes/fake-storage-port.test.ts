import { describe, expect, test } from "vitest";
import { storagePortContract } from "../testing/storage-port-contract.ts";
import { createFakeStoragePort } from "./fake-storage-port.ts";

describe("the in-memory storage area keeps the storage-port contract", () => {
	const port = createFakeStoragePort();
	storagePortContract(() => port);
});

describe("the in-memory storage area", () => {
	test("starts with a copy of its initial items", async () => {
		const initial = { "tab:1": { count: 1 } };
		const port = createFakeStoragePort(initial);
		initial["tab:1"].count = 2;
		expect(await port.get("tab:1")).toEqual({ count: 1 });
	});
});
