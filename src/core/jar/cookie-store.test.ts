import fc from "fast-check";
import { expect, test } from "vitest";
import type { AuditSubject } from "../audit-input.ts";
import { type Cookie, identityKey } from "../cookie.ts";
import { createCookieStore } from "./cookie-store.ts";
import { isLive } from "./request-match.ts";

function cookie(name: string, path: string, expires?: number): Cookie {
	return {
		name,
		value: "v",
		domain: "example.com",
		hostOnly: true,
		path,
		secure: false,
		httpOnly: false,
		sameSite: "lax",
		session: expires === undefined,
		...(expires === undefined ? {} : { expirationDate: expires }),
		partitionKey: null,
	};
}

const ids = (subjects: Iterable<AuditSubject>) => [...subjects].map((s) => identityKey(s.cookie));

test("evicts a cookie once the clock reaches its expiry, and not before", () => {
	const store = createCookieStore();
	store.put({ cookie: cookie("a", "/", 100) });
	store.put({ cookie: cookie("b", "/", 200) });
	store.evictExpired(99);
	expect([...store.values()].map((s) => s.cookie.name)).toEqual(["a", "b"]);
	store.evictExpired(100);
	expect([...store.values()].map((s) => s.cookie.name)).toEqual(["b"]);
	expect([...store.named("a")]).toEqual([]);
});

test("a replacement that lives longer still lets the other cookies expire on time", () => {
	const store = createCookieStore();
	store.put({ cookie: cookie("a", "/", 100) });
	store.put({ cookie: cookie("b", "/", 150) });
	store.put({ cookie: cookie("a", "/", 300) });
	store.evictExpired(120);
	expect([...store.values()].map((s) => s.cookie.expirationDate)).toEqual([300, 150]);
	store.evictExpired(150);
	expect([...store.values()].map((s) => s.cookie.expirationDate)).toEqual([300]);
});

test("finds cookies by name across paths, and forgets removed ones", () => {
	const store = createCookieStore();
	store.put({ cookie: cookie("sid", "/") });
	store.put({ cookie: cookie("sid", "/app") });
	store.put({ cookie: cookie("other", "/") });
	expect([...store.named("sid")].map((c) => c.path)).toEqual(["/", "/app"]);
	expect(store.remove(cookie("sid", "/"))).toBe(true);
	expect(store.remove(cookie("sid", "/"))).toBe(false);
	expect([...store.named("sid")].map((c) => c.path)).toEqual(["/app"]);
});

test("a site over its limit loses its least recently put cookies, from every index", () => {
	const store = createCookieStore({ max: 2, keep: 1 });
	expect(store.put({ cookie: cookie("a", "/") })).toEqual([]);
	expect(store.put({ cookie: cookie("b", "/") })).toEqual([]);
	store.put({ cookie: cookie("a", "/", 500) });
	const evicted = store.put({ cookie: cookie("c", "/") });
	expect(evicted.map((s) => s.cookie.name)).toEqual(["b", "a"]);
	expect([...store.values()].map((s) => s.cookie.name)).toEqual(["c"]);
	expect([...store.named("a")]).toEqual([]);
	expect(store.remove(cookie("b", "/"))).toBe(false);
	expect(store.put({ cookie: cookie("d", "/") })).toEqual([]);
});

/** A store that checks everything on every step: what the indexed one must agree with. */
function naiveStore() {
	const map = new Map<string, AuditSubject>();
	return {
		put: (s: AuditSubject) => map.set(identityKey(s.cookie), s),
		remove: (c: Cookie) => map.delete(identityKey(c)),
		evictExpired(now: number) {
			for (const [key, s] of map) if (!isLive(s.cookie, now)) map.delete(key);
		},
		values: () => map.values(),
		named: (name: string) => [...map.values()].map((s) => s.cookie).filter((c) => c.name === name),
	};
}

test("agrees with a store that scans every cookie on every step", () => {
	const anyCookie = fc
		.tuple(
			fc.constantFrom("a", "b", "c"),
			fc.constantFrom("/", "/x"),
			fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
		)
		.map(([name, path, expires]) => cookie(name, path, expires));
	const step = fc.oneof(
		anyCookie.map((c) => ({ op: "put" as const, cookie: c })),
		anyCookie.map((c) => ({ op: "remove" as const, cookie: c })),
		fc.integer({ min: 0, max: 60 }).map((now) => ({ op: "evict" as const, now })),
	);
	fc.assert(
		fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
			const store = createCookieStore();
			const model = naiveStore();
			for (const s of steps) {
				if (s.op === "put") {
					store.put({ cookie: s.cookie });
					model.put({ cookie: s.cookie });
				} else if (s.op === "remove") {
					expect(store.remove(s.cookie)).toBe(model.remove(s.cookie));
				} else {
					store.evictExpired(s.now);
					model.evictExpired(s.now);
				}
				expect(ids(store.values())).toEqual(ids(model.values()));
				for (const name of ["a", "b", "c"]) {
					expect([...store.named(name)].map(identityKey)).toEqual(model.named(name).map(identityKey));
				}
			}
		}),
	);
});
