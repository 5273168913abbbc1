import { expect, test } from "vitest";
import { safeDecodeUri, stripEnvelope } from "./envelope.ts";

test.each([
	["s:abc123.Ugg5QknGeYRC2BLHYOCSA0BZ2ASlY2W+kYFs5QfBBd0", "abc123", "express-session"],
	["base64-eyJhIjoxfQ", "eyJhIjoxfQ", "Supabase"],
	['j:{"a":1}', '{"a":1}', "cookie-parser"],
	["plain", "plain", undefined],
	["s:no-signature", "s:no-signature", undefined],
])("%s → %s", (value, inner, envelope) => {
	const result = stripEnvelope(value);
	expect(result.inner).toBe(inner);
	expect(result.envelope ?? "").toContain(envelope ?? "");
	if (envelope === undefined) expect(result.envelope).toBeUndefined();
});

test.each([
	["s%3Aabc", "s:abc"],
	["100%", "100%"],
	["%E0%A4%A", "%E0%A4%A"],
])("safeDecodeUri(%s) → %s", (value, decoded) => {
	expect(safeDecodeUri(value)).toBe(decoded);
});
