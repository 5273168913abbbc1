import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { forgeableSession } from "./forgeable-session.ts";

const fact = { format: "cookie-signature", source: "built-in: express-session README example" } as const;

test.each([
	["session", "high"],
	["csrf", "medium"],
	["other", undefined],
] as const)("a %s cookie signed with a known secret → %s", (role, severity) => {
	expect(findingOf(forgeableSession, makeCookie(), { role, forgeable: fact })?.severity).toBe(severity);
});

test("silent without the signature check's fact", () => {
	expect(findingOf(forgeableSession, makeCookie())).toBeUndefined();
});

test("the message names the format and where the secret is known from; the fix says to rotate it", () => {
	const finding = findingOf(forgeableSession, makeCookie({ name: "connect.sid" }), { forgeable: fact });
	expect(finding?.message).toContain(
		"has a signature (express-session / cookie-parser (cookie-signature)) that verifies with a publicly known secret (built-in: express-session README example): anyone can sign a value of their choosing and the server will accept it",
	);
	expect(finding?.message).toMatch(/^Session cookie "connect\.sid" /);
	expect(finding?.fix).toMatch(/^Rotate the signing secret to a long random one/);
	expect(finding?.fix).toContain("never a documented example");
	expect(finding?.fix).toContain("Express: session({ secret: process.env.SESSION_SECRET })");
});
