import { expect, test } from "vitest";
import { jarCookie } from "../testing/fake-deps.ts";
import { createOwnWrites } from "./own-writes.ts";

const T = 1_796_000_000_000;
const sid = jarCookie({ name: "sid", value: "ours" });

test("a write claims its own insertion and one removal, once", () => {
	const own = createOwnWrites();
	own.note(sid, T, false);
	expect(own.isOwn({ cookie: { ...sid, value: "old" }, removed: true }, T + 5)).toBe(true);
	expect(own.isOwn({ cookie: sid, removed: false }, T + 6)).toBe(true);
	expect(own.isOwn({ cookie: sid, removed: false }, T + 7)).toBe(false);
	expect(own.isOwn({ cookie: sid, removed: true }, T + 8)).toBe(false);
});

test("a server's write of another value seconds after ours is not ours (a sign-in right after a clear)", () => {
	const own = createOwnWrites();
	own.note(sid, T, true);
	expect(own.isOwn({ cookie: sid, removed: true }, T + 5)).toBe(true);
	expect(own.isOwn({ cookie: { ...sid, value: "anonymous" }, removed: false }, T + 1_000)).toBe(false);
	expect(own.isOwn({ cookie: { ...sid, value: "anonymous" }, removed: true }, T + 2_000)).toBe(false);
});

test("nothing is ours after the window", () => {
	const own = createOwnWrites();
	own.note(sid, T, false);
	expect(own.isOwn({ cookie: sid, removed: false }, T + 5_001)).toBe(false);
});
