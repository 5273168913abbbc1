import { expect, test } from "vitest";
import { urlPath } from "./url-path.ts";

test.each([
	["https://app.example.test/login?next=/account#top", "/login"],
	["https://app.example.test", "/"],
	["https://app.example.test?x=1", "/"],
	["http://[::1]:8080/a/b/", "/a/b/"],
	["not a url", "/"],
])("%s has the path %s", (url, path) => {
	expect(urlPath(url)).toBe(path);
});
