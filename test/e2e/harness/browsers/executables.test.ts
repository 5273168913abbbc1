/** A missing browser must fail the e2e run with the package to install, never skip it. */
import { afterEach, expect, test } from "vitest";
import { executablePath } from "./executables.ts";

const saved = { CHROMIUM_PATH: process.env.CHROMIUM_PATH, FIREFOX_PATH: process.env.FIREFOX_PATH };
afterEach(() => {
	for (const [key, value] of Object.entries(saved)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
});

test.each([
	["chromium", "CHROMIUM_PATH", /install Debian's "chromium" package \(apt-get install -y chromium\)/],
	["firefox", "FIREFOX_PATH", /install Debian's "firefox-esr" package \(apt-get install -y firefox-esr\)/],
] as const)("a missing %s names the package to install", (name, variable, message) => {
	process.env[variable] = "/nonexistent/browser";
	expect(() => executablePath(name)).toThrow(message);
});

test("a browser at the given path is used", () => {
	process.env.CHROMIUM_PATH = process.execPath;
	expect(executablePath("chromium")).toBe(process.execPath);
});
