import { expect, test } from "vitest";
import { findingOf, makeCookie, NOW } from "../testing/rule-context.ts";
import { persistentSession } from "./persistent-session.ts";

test.each([
	["session", NOW + 3600, "low"],
	["session", undefined, undefined],
	["csrf", NOW + 3600, undefined],
	["other", NOW + 3600, undefined],
] as const)("%s cookie expiring at %s → %s", (role, expirationDate, severity) => {
	const cookie = makeCookie(expirationDate === undefined ? {} : { expirationDate, session: false });
	expect(findingOf(persistentSession, cookie, { role })?.severity).toBe(severity);
});
