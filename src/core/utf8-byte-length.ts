/**
 * UTF-8 octet count of a string, without TextEncoder (core stays free of host APIs). Cookie limits are
 * in octets: RFC 6265bis §5.6 step 5 (4096 for name+value) and §5.6 (1024 per attribute value), and so are
 * the Cookie header budget per host (rules/context/jar-facts.ts) and the settings file's size.
 */
export function utf8ByteLength(text: string): number {
	// By UTF-16 code unit, not `for…of`, which makes a string per character: this runs for every cookie of
	// a 100,000-cookie audit (`npm run bench`). A surrogate pair is one 4-byte code point; a lone surrogate
	// counts as 3 bytes, as the U+FFFD that encoding puts in its place.
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0x80) bytes += 1;
		else if (unit < 0x800) bytes += 2;
		else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

function isLowSurrogate(unit: number): boolean {
	return unit >= 0xdc00 && unit <= 0xdfff;
}
