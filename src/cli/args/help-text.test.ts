import { expect, test } from "vitest";
import { HELP_TEXT } from "./help-text.ts";

test("the help states every input limit and the per-site eviction", () => {
	expect(HELP_TEXT).toContain("a HAR file or --har - input         at most 256 MB");
	expect(HELP_TEXT).toContain("Set-Cookie headers                  at most 200,000 per run");
	expect(HELP_TEXT).toContain("response headers of audit <url>     at most 256 KB per response");
	expect(HELP_TEXT).toContain(
		"cookies per site                    at most 180, as in browsers: past that the site is purged to 150",
	);
});
