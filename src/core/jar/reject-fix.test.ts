import { expect, test } from "vitest";
import { rejectFix } from "./reject-fix.ts";

test("each reason has its fix, and an unknown one none", () => {
	expect(rejectFix("samesite-none-insecure")).toBe(
		"Add Secure, which means serving the site over https: SameSite=None is accepted only on Secure cookies.",
	);
	expect(rejectFix("prefix-violation")).toBe(
		"__Host- needs Secure, Path=/ and no Domain; __Secure- needs Secure: add what is missing, or drop the prefix.",
	);
	expect(rejectFix("toString")).toBeUndefined();
	expect(rejectFix("a-reason-from-a-newer-version")).toBeUndefined();
});
