// A reproducible ZIP writer: the same files give the same bytes, whoever builds them and whenever.
// Entries are sorted by path, every timestamp is 1980-01-01 00:00 (the ZIP epoch), every file is
// mode 0644, there are no directory entries and no extra fields. Layout: PKWARE APPNOTE.TXT 6.3.10
// §4.3 (local file header, central directory, end of central directory record).
import { crc32, deflateRawSync } from "node:zlib";

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;
/** "Version made by": Unix (3) in the high byte, so the external attributes carry a Unix mode. */
const MADE_BY_UNIX = (3 << 8) | 20;
const VERSION_NEEDED = 20;
/** General purpose flag bit 11: names are UTF-8 (APPNOTE §4.4.4). */
const FLAG_UTF8 = 1 << 11;
const MODE_FILE_0644 = 0o100644;

/**
 * @param {{ path: string, data: Buffer }[]} files paths use "/" and are relative to the archive root
 * @returns {Buffer}
 */
export function deterministicZip(files) {
	const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const locals = [];
	const centrals = [];
	let offset = 0;
	for (const file of sorted) {
		const entry = compress(file);
		const local = localHeader(entry);
		locals.push(local, entry.body);
		centrals.push(centralHeader(entry, offset));
		offset += local.length + entry.body.length;
	}
	const central = Buffer.concat(centrals);
	return Buffer.concat([...locals, central, endOfCentralDirectory(sorted.length, central.length, offset)]);
}

function compress({ path, data }) {
	if (path.startsWith("/") || path.includes("\\") || path.split("/").includes(".."))
		throw new Error(`unsafe path in archive: ${path}`);
	const deflated = deflateRawSync(data, { level: 9 });
	// Stored (0) when deflate does not help, as for PNGs; deflate (8) otherwise.
	const stored = deflated.length >= data.length;
	return {
		name: Buffer.from(path, "utf8"),
		method: stored ? 0 : 8,
		body: stored ? data : deflated,
		crc: crc32(data),
		size: data.length,
	};
}

function common(buffer, at, entry) {
	buffer.writeUInt16LE(VERSION_NEEDED, at);
	buffer.writeUInt16LE(FLAG_UTF8, at + 2);
	buffer.writeUInt16LE(entry.method, at + 4);
	buffer.writeUInt16LE(DOS_TIME_MIDNIGHT, at + 6);
	buffer.writeUInt16LE(DOS_DATE_1980_01_01, at + 8);
	buffer.writeUInt32LE(entry.crc, at + 10);
	buffer.writeUInt32LE(entry.body.length, at + 14);
	buffer.writeUInt32LE(entry.size, at + 18);
	buffer.writeUInt16LE(entry.name.length, at + 22);
	buffer.writeUInt16LE(0, at + 24); // extra field length
}

function localHeader(entry) {
	const header = Buffer.alloc(30);
	header.writeUInt32LE(0x04034b50, 0);
	common(header, 4, entry);
	return Buffer.concat([header, entry.name]);
}

function centralHeader(entry, offset) {
	const header = Buffer.alloc(46);
	header.writeUInt32LE(0x02014b50, 0);
	header.writeUInt16LE(MADE_BY_UNIX, 4);
	common(header, 6, entry);
	// comment length, disk number, internal attributes: all 0 (Buffer.alloc zero-fills 32..37).
	header.writeUInt32LE((MODE_FILE_0644 << 16) >>> 0, 38);
	header.writeUInt32LE(offset, 42);
	return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(count, size, offset) {
	const record = Buffer.alloc(22);
	record.writeUInt32LE(0x06054b50, 0);
	record.writeUInt16LE(count, 8);
	record.writeUInt16LE(count, 10);
	record.writeUInt32LE(size, 12);
	record.writeUInt32LE(offset, 16);
	return record;
}
