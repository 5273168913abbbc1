import { expect, test } from "vitest";
import { BUILT_IN_SECRETS, DOCUMENTED_SECRETS } from "./built-in-secrets.ts";

test("every documented secret names where it is printed, and its source says built-in", () => {
	for (const entry of DOCUMENTED_SECRETS) {
		expect(entry.source).toMatch(/^built-in: .+ (example|default)$/);
		expect(entry.origin).toMatch(/^(https:\/\/|[a-z0-9-]+\/[a-z0-9-]+ )/);
	}
});

test("no secret is listed twice, and no source contains its secret", () => {
	const texts = BUILT_IN_SECRETS.map((s) =>
		typeof s.secret === "string" ? s.secret : [...s.secret].join(","),
	);
	expect(new Set(texts).size).toBe(texts.length);
	for (const s of BUILT_IN_SECRETS)
		if (typeof s.secret === "string") expect(s.source).not.toContain(s.secret);
});

test("the Flask quickstart secret is its 16 bytes, with \\n and \\xec", () => {
	const quickstart = BUILT_IN_SECRETS.find((s) => s.source === "built-in: Flask quickstart example");
	expect(quickstart?.secret).toEqual(
		new Uint8Array([...'_5#y2L"F4Q8z\n'].map((c) => c.charCodeAt(0)).concat([0xec, 0x5d, 0x2f])),
	);
});
