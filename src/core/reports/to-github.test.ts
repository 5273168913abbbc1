import { expect, test } from "vitest";
import { SAMPLE_REPORT } from "./sample-report.fixture.ts";
import { escapeData, escapeProperty, toGithub } from "./to-github.ts";

test("one annotation per finding (high error, medium warning, low and info notice) and per refused header", () => {
	expect(toGithub(SAMPLE_REPORT).split("\n")).toEqual([
		"::error title=missing-secure (high)%3A sid@app.example.com /::sid is sent over plain http%0AFix: Add Secure.%0AExpress: res.cookie('sid', v, { secure: true })",
		"::warning title=samesite-missing (medium)%3A sid@app.example.com /::sid has no SameSite attribute%0AFix: Set SameSite=Lax.",
		"::notice title=missing-httponly (info)%3A _ga@.example.com /::_ga is readable by scripts <b>",
		"::warning title=samesite-none (medium)%3A csrftoken@other.test /::csrftoken is sent cross-site",
		"::warning title=refused Set-Cookie%3A https%3A//app.example.com/::__Host- needs Path=/%0A__Host-x=1; Path=/app",
		"Session Hygiene: 2 sites, 4 findings (1 high, 2 medium, 1 info), 1 rejected.",
		"",
	]);
});

test("escapes as the actions toolkit does, so a cookie cannot start a command of its own", () => {
	expect(escapeData("50%\r\n::add-mask::x")).toBe("50%25%0D%0A::add-mask::x");
	expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
});
