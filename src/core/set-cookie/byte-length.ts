/**
 * UTF-8 octet count of a string, without TextEncoder (core stays free of host APIs). RFC 6265bis counts
 * the 4096-byte name+value limit (§5.6 step 5) and the 1024-byte attribute limit (§5.6) in octets.
 * A lone surrogate counts as 3 octets, as U+FFFD would after encoding.
 */
export function utf8ByteLength(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code < 0x10000) bytes += 3;
		else bytes += 4;
	}
	return bytes;
}
