import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { readStream } from "./read-stream.ts";

const HAR_LIMIT = { maxBytes: 10, what: "HAR" };

test("a stream within the limit is read whole, chunks joined as UTF-8", async () => {
	const stream = Readable.from([Buffer.from('{"log'), Buffer.from([0xc3]), Buffer.from([0xa9, 0x7d])]);
	expect(await readStream(stream, "(standard input)", HAR_LIMIT)).toBe('{"logé}');
});

test("exactly the limit is accepted", async () => {
	expect(await readStream(Readable.from(["0123456789"]), "(standard input)", HAR_LIMIT)).toBe("0123456789");
});

test("one byte over the limit is one line naming the input and the limit", async () => {
	const chunk = "x".repeat(64 * 1024);
	const chunks = [...Array.from({ length: 16 }, () => chunk), "y"];
	const read = readStream(Readable.from(chunks), "(standard input)", { maxBytes: 1024 * 1024, what: "HAR" });
	await expect(read).rejects.toThrow(/^HAR larger than 1 MB: \(standard input\)$/);
});

test("an endless stream stops at the limit instead of being read forever", async () => {
	let pulled = 0;
	async function* endless() {
		for (;;) {
			pulled++;
			yield "abcd";
		}
	}
	await expect(readStream(endless(), "(standard input)", HAR_LIMIT)).rejects.toThrow("HAR larger than");
	expect(pulled).toBe(3);
});

test("multi-byte characters count as bytes, not characters", async () => {
	const read = readStream(Readable.from(["ééééé", "é"]), "(standard input)", HAR_LIMIT);
	await expect(read).rejects.toThrow("HAR larger than");
});
