import { describe, expect, test } from "vitest";
import { cookieShapes, reportOf } from "../../../src/background/testing/cookie-shapes.ts";
import { type Cookie, identityKey } from "../../../src/core/cookie.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { world } from "../harness/world.ts";

/** The round trip: expiring at a later time changes the expiry and nothing else, in every jar shape. */
describe.each(BROWSERS)("%s: expire-later round trip over every cookie shape", (name) => {
	const w = world(name, { api: true });

	const readJar = async () =>
		new Map(
			(await w.api.cookies.getAll({ domain: "example.test", partitionKey: {} }))
				.filter((c) => c.name.startsWith("m"))
				.map((c): [string, Cookie] => [identityKey(c), c]),
		);

	test("every shape keeps its value, domain or host-only, path, flags, store and partition", async () => {
		const now = Math.floor(Date.now() / 1000);
		const shapes = cookieShapes(now);
		for (const shape of shapes) await w.api.cookies.set(shape);
		const before = await readJar();
		expect(before.size).toBe(shapes.length);

		const at = now + 7200;
		const reply = await w.api.request("expireCookies", { cookies: [...before.values()].map(reportOf), at });
		const failed = reply.results.filter((r) => r.status !== "changed");
		expect(failed).toEqual([]);

		const after = await readJar();
		expect(after.size).toBe(before.size);
		for (const [key, cookie] of before) {
			const rewritten = after.get(key);
			expect(rewritten).toEqual({ ...cookie, session: false, expirationDate: rewritten?.expirationDate });
			expect(Math.abs((rewritten?.expirationDate ?? 0) - at)).toBeLessThanOrEqual(1);
		}
	});
});
