import { expect, test } from "vitest";
import type { AuditSubject } from "../core/audit-input.ts";
import { evictionNotes } from "./eviction-note.ts";

const kept = (domain: string): AuditSubject => ({
	cookie: {
		name: "a",
		value: "v",
		domain,
		hostOnly: true,
		path: "/",
		secure: true,
		httpOnly: true,
		sameSite: "lax",
		session: true,
		partitionKey: null,
	},
});

test("nothing evicted: no note", () => {
	expect(evictionNotes(new Map(), [kept("a.example.com")])).toBe("");
});

test("one line per site, counting the cookies of that site still in the report", () => {
	const evicted = new Map([
		["example.com", 1],
		["example.org", 1234],
	]);
	expect(evictionNotes(evicted, [kept("a.example.com"), kept("b.example.com"), kept("example.org")])).toBe(
		"session-hygiene: note: 1 cookie on example.com was evicted as a browser would (at most 180 per site); the report covers the 2 kept\n" +
			"session-hygiene: note: 1,234 cookies on example.org were evicted as a browser would (at most 180 per site); the report covers the 1 kept\n",
	);
});
