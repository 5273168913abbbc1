/**
 * The sampled values read as numbers, for the tests of order and arithmetic structure (counters,
 * linear congruential generators, serial correlation). Decimal, hex and base36 (`Date.now().toString(36)`)
 * are read directly, base32 and base64 through their bits (sample-bits.ts). When every value shares a
 * constant prefix or suffix (`sess-000123`), the varying middle is read.
 */
import { type BitEncoding, detectEncoding, perValueBits } from "../bits/sample-bits.ts";
import { varyingMiddles } from "../common-affixes.ts";

export type NumericBase = "decimal" | "hex" | "base36" | BitEncoding;

export interface NumericSample {
	base: NumericBase;
	values: bigint[];
	/** Bits the encoding can hold at the longest value's length: the size of the space values come from. */
	capacityBits: number;
}

const DECIMAL = /^\d{1,200}$/;
const HEX = /^(?:[0-9a-f]{1,200}|[0-9A-F]{1,200})$/;
const BASE36 = /^(?:[0-9a-z]{1,100}|[0-9A-Z]{1,100})$/;

function parseBase36(text: string): bigint {
	let n = 0n;
	for (const c of text.toLowerCase()) n = n * 36n + BigInt(Number.parseInt(c, 36));
	return n;
}

function fromBits(bits: Uint8Array): bigint {
	let n = 0n;
	for (const b of bits) n = (n << 1n) | BigInt(b);
	return n;
}

function read(values: readonly string[]): NumericSample | undefined {
	const longest = values.reduce((max, v) => Math.max(max, v.length), 0);
	if (values.length === 0 || longest === 0) return undefined;
	const all = (re: RegExp) => values.every((v) => re.test(v));
	if (all(DECIMAL))
		return { base: "decimal", values: values.map(BigInt), capacityBits: longest * Math.log2(10) };
	if (all(HEX))
		return { base: "hex", values: values.map((v) => BigInt(`0x${v}`)), capacityBits: longest * 4 };
	const encoding = detectEncoding(values);
	if (encoding && encoding !== "hex") {
		const decoded = values.map((v) => perValueBits(v, encoding));
		const capacityBits = decoded.reduce((max, d) => Math.max(max, d.length), 0);
		return { base: encoding, values: decoded.map(fromBits), capacityBits };
	}
	if (all(BASE36))
		return { base: "base36", values: values.map(parseBase36), capacityBits: longest * Math.log2(36) };
	return undefined;
}

export function numericSample(values: readonly string[]): NumericSample | undefined {
	const direct = read(values);
	if (direct) return direct;
	const middles = varyingMiddles(values);
	return middles.some((m, i) => m !== values[i]) ? read(middles) : undefined;
}
