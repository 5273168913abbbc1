/** Fresh random values for tests (Web Crypto's getRandomValues, present in Node ≥ 19 and browsers). */

export function randomBytes(n: number): Uint8Array {
	return crypto.getRandomValues(new Uint8Array(n));
}

export function randomHex(bytes: number): string {
	return Array.from(randomBytes(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** n characters drawn uniformly from an alphabet (rejection-free for alphabets up to 256). */
export function randomFrom(alphabet: string, n: number): string {
	return Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join("");
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(bytes: Uint8Array): string {
	let out = "";
	for (let i = 0; i < bytes.length; i += 3) {
		const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
		const n = (a << 16) | (b << 8) | c;
		const chars = [18, 12, 6, 0].map((s) => B64[(n >> s) & 63]).join("");
		const valid = Math.min(4, Math.ceil(((bytes.length - i) * 4) / 3));
		out += chars.slice(0, valid).padEnd(4, "=");
	}
	return out;
}

export function toBase64Url(bytes: Uint8Array): string {
	return toBase64(bytes).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

export function textBase64(text: string, url = false): string {
	const bytes = new TextEncoder().encode(text);
	return url ? toBase64Url(bytes) : toBase64(bytes);
}
