import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { deterministicZip } from "./deterministic-zip.mjs";

interface ReadEntry {
	path: string;
	data: Buffer;
	dosTime: number;
	dosDate: number;
	mode: number;
}

/** Reads the archive back through its central directory (APPNOTE §4.3.12, §4.3.16). */
function readZip(zip: Buffer): ReadEntry[] {
	const end = zip.length - 22;
	expect(zip.readUInt32LE(end)).toBe(0x06054b50);
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const entries: ReadEntry[] = [];
	for (let i = 0; i < count; i++) {
		expect(zip.readUInt32LE(at)).toBe(0x02014b50);
		// Central header fields: method +10, crc +16, compressed size +20, size +24, name length +28.
		const method = zip.readUInt16LE(at + 10);
		const size = zip.readUInt32LE(at + 24);
		const nameLength = zip.readUInt16LE(at + 28);
		const local = zip.readUInt32LE(at + 42);
		const path = zip.toString("utf8", at + 46, at + 46 + nameLength);
		const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const body = zip.subarray(start, start + zip.readUInt32LE(at + 20));
		const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
		expect([data.length, crc32(data)]).toEqual([size, zip.readUInt32LE(at + 16)]);
		const [dosTime, dosDate, mode] = [
			zip.readUInt16LE(at + 12),
			zip.readUInt16LE(at + 14),
			zip.readUInt32LE(at + 38) >>> 16,
		];
		entries.push({ path, data, dosTime, dosDate, mode });
		at += 46 + nameLength;
	}
	return entries;
}

const FILES = [
	{ path: "manifest.json", data: Buffer.from('{"manifest_version":3}') },
	{ path: "assets/app.js", data: Buffer.from("console.log('x');".repeat(50)) },
	{ path: "icons/ü.png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
];

describe("deterministicZip", () => {
	test("the same files in any order give the same bytes", () => {
		expect(deterministicZip([...FILES].reverse()).equals(deterministicZip(FILES))).toBe(true);
	});

	test("a changed byte changes the archive", () => {
		const changed = FILES.map((f, i) =>
			i === 0 ? { ...f, data: Buffer.from('{"manifest_version":2}') } : f,
		);
		expect(deterministicZip(changed).equals(deterministicZip(FILES))).toBe(false);
	});

	test("holds every file intact, sorted, at 1980-01-01 00:00 with mode 0644", () => {
		const entries = readZip(deterministicZip(FILES));
		expect(entries.map((e) => e.path)).toEqual(["assets/app.js", "icons/ü.png", "manifest.json"]);
		for (const entry of entries) {
			expect(entry.data.equals(FILES.find((f) => f.path === entry.path)?.data ?? Buffer.alloc(0))).toBe(true);
			expect([entry.dosTime, entry.dosDate, entry.mode]).toEqual([0, 0x21, 0o100644]);
		}
	});

	test("refuses paths that would escape the archive root", () => {
		expect(() => deterministicZip([{ path: "../x", data: Buffer.alloc(1) }])).toThrow(/unsafe path/);
		expect(() => deterministicZip([{ path: "/etc/x", data: Buffer.alloc(1) }])).toThrow(/unsafe path/);
	});
});
