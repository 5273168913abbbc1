// Draws the extension icon (a cookie on a rounded shield-blue tile) at the sizes the stores ask for.
// Run once after changing the design: `node scripts/make-icons.mjs`; the PNGs in public/icons are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 48, 96, 128];
const TILE = [21, 94, 117];
const COOKIE = [246, 239, 222];
const CHIP = [21, 94, 117];
const CHIPS = [
	[0.4, 0.38, 0.07],
	[0.6, 0.45, 0.06],
	[0.45, 0.62, 0.065],
	[0.63, 0.64, 0.05],
];

function coverage(size, x, y, inside) {
	let hits = 0;
	for (let i = 0; i < 4; i++)
		for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
	return hits / 16;
}

const inTile = (u, v) => {
	const r = 0.2;
	const dx = Math.max(r - u, 0, u - (1 - r));
	const dy = Math.max(r - v, 0, v - (1 - r));
	return dx * dx + dy * dy <= r * r;
};
const inCookie = (u, v) => (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.3 ** 2;
const inChip = (u, v) => CHIPS.some(([cx, cy, r]) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r);

function pixel(size, x, y) {
	const tile = coverage(size, x, y, inTile);
	const cookie = coverage(size, x, y, inCookie);
	const chip = coverage(size, x, y, (u, v) => inCookie(u, v) && inChip(u, v));
	const mix = (a, b, t) => a.map((c, i) => Math.round(c * (1 - t) + b[i] * t));
	let rgb = mix(TILE, COOKIE, cookie);
	rgb = mix(rgb, CHIP, chip);
	return [...rgb, Math.round(255 * tile)];
}

function crc32(buf) {
	let c = ~0;
	for (const b of buf) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
	}
	return ~c >>> 0;
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

function png(size) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) Buffer.from(pixel(size, x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8);
	const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
	return Buffer.concat([
		signature,
		chunk("IHDR", header),
		chunk("IDAT", deflateSync(raw, { level: 9 })),
		chunk("IEND", Buffer.alloc(0)),
	]);
}

for (const size of SIZES)
	writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size));
