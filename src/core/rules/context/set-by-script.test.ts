import { expect, test } from "vitest";
import { findingOf, makeCookie } from "../testing/rule-context.ts";
import { setByScript } from "./set-by-script.ts";

const ownValue = { writer: "script", serverIssuedValue: false } as const;
const serverValue = { writer: "script", serverIssuedValue: true } as const;
const server = { writer: "server", serverIssuedValue: true } as const;

test.each([
	["session, a script's own value", "session", ownValue, "high"],
	["session, the server's value rewritten by a script", "session", serverValue, "medium"],
	["csrf written by a script (double-submit tokens are, on purpose)", "csrf", ownValue, undefined],
	["other written by a script", "other", ownValue, "info"],
	["other, the server's value rewritten", "other", serverValue, "info"],
	["session written by the server", "session", server, undefined],
	["session, nobody watched", "session", undefined, undefined],
] as const)("%s → %s", (_, role, setBy, severity) => {
	const cookie = makeCookie({ httpOnly: false });
	const finding = findingOf(setByScript, cookie, { role, ...(setBy ? { setBy } : {}) });
	expect(finding?.severity).toBe(severity);
});

test("the message names the cookie and what the script did", () => {
	const cookie = makeCookie({ name: "sid", httpOnly: false });
	expect(findingOf(setByScript, cookie, { setBy: ownValue })?.message).toBe(
		'Session cookie "sid" (domain app.example.com, path /) was written by a page script (document.cookie or CookieStore), not by a Set-Cookie: it can never be HttpOnly',
	);
	expect(findingOf(setByScript, cookie, { setBy: serverValue })?.message).toBe(
		'Session cookie "sid" (domain app.example.com, path /) was rewritten by a page script with the value the server issued: a script-written cookie can never be HttpOnly',
	);
});

test("the fix says to set it from the server with HttpOnly, with a snippet per stack", () => {
	const fix = findingOf(setByScript, makeCookie({ httpOnly: false }), { setBy: ownValue })?.fix ?? "";
	expect(fix).toContain("Set-Cookie header carrying HttpOnly");
	expect(fix).toContain(
		'Express: res.cookie("sid", token, { httpOnly: true, secure: true, sameSite: "lax" })',
	);
	expect(fix).toContain("ASP.NET Core: Response.Cookies.Append(");
});
