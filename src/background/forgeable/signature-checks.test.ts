import { sign } from "cookie-signature";
import { describe, expect, test } from "vitest";
import { makeCookie } from "../../core/rules/testing/rule-context.ts";
import { createSignatureChecks } from "./signature-checks.ts";
import { gzippedLines } from "./testing/gzipped-lines.ts";

/** express-session's cookie: "s:" and cookie-signature's `sign(id, secret)`, URL-encoded. */
const expressSid = (id: string, secret: string) => encodeURIComponent(`s:${sign(id, secret)}`);

function world(wordlist: readonly string[] = ["a-secret-seen-in-the-wild"]) {
	const checked: string[][] = [];
	let reads = 0;
	const user = { secrets: [] as string[] };
	const checks = createSignatureChecks({
		subtle: globalThis.crypto.subtle,
		wordlist: async () => {
			reads++;
			return gzippedLines(wordlist);
		},
		userSecrets: async () => user.secrets,
		checked: (sites) => checked.push(sites),
	});
	return { checks, checked, reads: () => reads, user };
}

const cookie = (name: string, value: string, domain = "app.example.com") =>
	makeCookie({ name, value, domain });

describe("the background's signature check", () => {
	test("a first report is pending; after the check the next has the verdict, named by source", async () => {
		const w = world();
		const cookies = [cookie("connect.sid", expressSid("V1StGXR8_Z5jdHi6B-myT", "keyboard cat"))];
		const first = await w.checks.verdicts(cookies);
		expect(first).toEqual({ facts: new Map(), pending: true });
		await w.checks.idle();
		expect(w.checked).toEqual([["example.com"]]);
		const second = await w.checks.verdicts(cookies);
		expect(second.pending).toBe(false);
		expect([...second.facts]).toEqual([
			[0, { format: "cookie-signature", source: "built-in: express-session README example" }],
		]);
	});

	test("a secret of the wordlist is named as the wordlist's; a random secret matches nothing", async () => {
		const w = world();
		const cookies = [
			cookie("other", "plain-value"),
			cookie("connect.sid", expressSid("a", "a-secret-seen-in-the-wild")),
			cookie("sid", expressSid("b", "9c1f0e7b3d5a42e8b6f1c0d9a7e3b5f2")),
		];
		await w.checks.verdicts(cookies);
		await w.checks.idle();
		const { facts, pending } = await w.checks.verdicts(cookies);
		expect(pending).toBe(false);
		expect([...facts]).toEqual([[1, { format: "cookie-signature", source: "wallarm/jwt-secrets wordlist" }]]);
	});

	test("cookies without a signature read no wordlist and start nothing", async () => {
		const w = world();
		const verdicts = await w.checks.verdicts([cookie("sid", "0123456789abcdef"), cookie("theme", "dark")]);
		expect(verdicts).toEqual({ facts: new Map(), pending: false });
		await w.checks.idle();
		expect(w.reads()).toBe(0);
		expect(w.checked).toEqual([]);
	});

	test("the wordlist is read once, and a verdict is not checked twice", async () => {
		const w = world();
		const one = [cookie("connect.sid", expressSid("x", "keyboard cat"))];
		await w.checks.verdicts(one);
		await w.checks.idle();
		await w.checks.verdicts([cookie("connect.sid", expressSid("y", "keyboard cat"), "shop.example.org")]);
		await w.checks.idle();
		await w.checks.verdicts(one);
		await w.checks.idle();
		expect(w.reads()).toBe(1);
		expect(w.checked).toEqual([["example.com"], ["example.org"]]);
	});

	test("an unreadable wordlist still checks the documented examples", async () => {
		const checks = createSignatureChecks({
			subtle: globalThis.crypto.subtle,
			wordlist: async () => new Uint8Array([1, 2, 3]),
			userSecrets: async () => [],
			checked: () => undefined,
		});
		const cookies = [cookie("connect.sid", expressSid("x", "keyboard cat"))];
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => errors.push(args[0]);
		try {
			await checks.verdicts(cookies);
			await checks.idle();
		} finally {
			console.error = original;
		}
		expect(errors).toEqual(["Session Hygiene: the known-secrets wordlist could not be read"]);
		expect((await checks.verdicts(cookies)).facts.get(0)?.source).toBe(
			"built-in: express-session README example",
		);
	});

	test("the user's own secret is named as theirs, and a new list is checked again", async () => {
		const w = world();
		const cookies = [cookie("connect.sid", expressSid("x", "our-staging-secret"))];
		await w.checks.verdicts(cookies);
		await w.checks.idle();
		expect((await w.checks.verdicts(cookies)).facts.size).toBe(0);
		w.user.secrets = ["our-staging-secret"];
		w.checks.reset();
		expect((await w.checks.verdicts(cookies)).pending).toBe(true);
		await w.checks.idle();
		expect([...(await w.checks.verdicts(cookies)).facts]).toEqual([
			[0, { format: "cookie-signature", source: "your secrets list" }],
		]);
		expect(w.reads()).toBe(1);
	});
});
