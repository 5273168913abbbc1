/** Which alphabet a token is drawn from: the ceiling of its entropy is length × log2(alphabet size). */

export type CharsetName = "empty" | "decimal" | "hex" | "alphanumeric" | "base64url" | "base64" | "mixed";

export interface Charset {
	name: CharsetName;
	/** Number of symbols an attacker has to consider per character. */
	size: number;
}

const SYMBOL = /[^0-9A-Za-z]/g;

/**
 * Detects the alphabet of a value. Base64 padding is ignored. Hex is recognised only in one case
 * (mixed-case hex is not hex) and only with at least one digit, so a word such as `face` is letters.
 */
export function detectCharset(value: string): Charset {
	const v = value.replace(/=+$/, "");
	if (v === "") return { name: "empty", size: 0 };
	if (/^\d+$/.test(v)) return { name: "decimal", size: 10 };
	if (/\d/.test(v) && (/^[0-9a-f]+$/.test(v) || /^[0-9A-F]+$/.test(v))) return { name: "hex", size: 16 };
	const letters = (/[a-z]/.test(v) ? 26 : 0) + (/[A-Z]/.test(v) ? 26 : 0) + (/\d/.test(v) ? 10 : 0);
	const symbols = new Set(v.match(SYMBOL) ?? []);
	if (symbols.size === 0) return { name: "alphanumeric", size: letters };
	if ([...symbols].every((s) => s === "-" || s === "_")) return { name: "base64url", size: letters + 2 };
	if ([...symbols].every((s) => s === "+" || s === "/")) return { name: "base64", size: letters + 2 };
	return { name: "mixed", size: letters + symbols.size };
}
