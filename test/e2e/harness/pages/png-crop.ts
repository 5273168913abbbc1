/**
 * Crops a PNG screenshot to the popup's box. The harness screenshots whole viewports (a tab is far wider
 * than a popup); decoding needs only zlib: both browsers write 8-bit, non-interlaced RGB or RGBA PNGs.
 */
import { deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunks(png: Buffer): { type: string; data: Buffer }[] {
	const out: { type: string; data: Buffer }[] = [];
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		out.push({ type: png.toString("latin1", at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
		at += 12 + length;
	}
	return out;
}

/** Undoes the per-scanline filters of PNG (RFC 2083 §6). */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Buffer {
	const stride = width * bpp;
	const out = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)] ?? 0;
		for (let x = 0; x < stride; x++) {
			const value = raw[y * (stride + 1) + 1 + x] ?? 0;
			const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
			const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
			const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
			const p = a + b - c;
			const paeth =
				Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
					? a
					: Math.abs(p - b) <= Math.abs(p - c)
						? b
						: c;
			const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
			out[y * stride + x] = (value + predictor) & 0xff;
		}
	}
	return out;
}

function crc32(buf: Buffer): number {
	let crc = ~0;
	for (const byte of buf) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, "latin1");
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Width and height from the IHDR chunk, the first after the signature (RFC 2083 §4.1.1). */
export function pngSize(png: Buffer): { width: number; height: number } {
	if (!png.subarray(0, 8).equals(SIGNATURE) || png.toString("latin1", 12, 16) !== "IHDR") {
		throw new Error("not a PNG");
	}
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function cropPng(png: Buffer, box: Box): Buffer {
	if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG");
	const all = chunks(png);
	const ihdr = all.find((c) => c.type === "IHDR")?.data;
	if (!ihdr) throw new Error("PNG without IHDR");
	if (ihdr.readUInt8(8) !== 8 || ihdr.readUInt8(12) !== 0) throw new Error("only 8-bit non-interlaced PNGs");
	const [width, height, colorType] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[9]];
	const bpp = colorType === 6 ? 4 : 3;
	const idat = Buffer.concat(all.filter((c) => c.type === "IDAT").map((c) => c.data));
	const pixels = unfilter(inflateSync(idat), width, height, bpp);
	const w = Math.min(box.width, width - box.x);
	const h = Math.min(box.height, height - box.y);
	const rows = Array.from({ length: h }, (_, y) => {
		const start = ((box.y + y) * width + box.x) * bpp;
		return Buffer.concat([Buffer.from([0]), pixels.subarray(start, start + w * bpp)]);
	});
	const header = Buffer.from(ihdr);
	header.writeUInt32BE(w, 0);
	header.writeUInt32BE(h, 4);
	return Buffer.concat([
		SIGNATURE,
		chunk("IHDR", header),
		chunk("IDAT", deflateSync(Buffer.concat(rows))),
		chunk("IEND", Buffer.alloc(0)),
	]);
}
