import { describe, expect, test } from "vitest";
import { identityKey } from "../../core/cookie.ts";
import { cookieShapes, reportOf } from "../testing/cookie-shapes.ts";
import { createFakeWorld, jarCookie, NOW } from "../testing/fake-deps.ts";
import { expireCookies } from "./expire-cookies.ts";
import { undo } from "./undo.ts";

describe("expireCookies", () => {
	test("at a later time changes the expiry and nothing else, for every cookie shape", async () => {
		const shapes = cookieShapes(NOW);
		const w = createFakeWorld(shapes);
		const stored = w.jar.all();
		const at = NOW + 7200;
		const reply = await expireCookies(w.deps, { cookies: stored.map(reportOf), at });
		expect(reply.results.map((r) => r.status)).toEqual(stored.map(() => "changed"));
		const after = new Map(w.jar.all().map((c) => [identityKey(c), c]));
		for (const before of stored) {
			expect(after.get(identityKey(before))).toEqual({ ...before, session: false, expirationDate: at });
		}
		expect(shapes.length).toBe(88);
	});

	test("at or before now deletes, and undo brings the cookie back", async () => {
		const cookie = jarCookie();
		const w = createFakeWorld([cookie]);
		const reply = await expireCookies(w.deps, { cookies: [reportOf(w.jar.all()[0] ?? cookie)], at: NOW });
		expect(reply.results.map((r) => r.status)).toEqual(["removed"]);
		expect(w.jar.all()).toEqual([]);
		await undo(w.deps);
		expect(w.jar.all()).toEqual([cookie]);
	});

	test("refuses to rewrite a cookie whose flags changed since the report", async () => {
		const cookie = jarCookie();
		const w = createFakeWorld([cookie]);
		const report = reportOf(cookie);
		await w.jar.set({ ...cookie, httpOnly: false });
		const reply = await expireCookies(w.deps, { cookies: [report], at: NOW + 60 });
		expect(reply.results[0]).toMatchObject({
			status: "failed",
			reason: expect.stringMatching(/changed since the report \(HttpOnly\)/),
		});
		expect(w.jar.all()[0]?.session).toBe(true);
	});
});
