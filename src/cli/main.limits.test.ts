/** The input size limits of src/cli/inputs/input-limits.ts, each a one-line error with exit code 2. */
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";
import { createHeaderJar } from "./inputs/header-jar.ts";
import { MAX_HAR_BYTES } from "./inputs/input-limits.ts";
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";

describe("input size limits", () => {
	test("a HAR file larger than 256 MB is refused before it is read", async () => {
		const dir = await mkdtemp(join(tmpdir(), "session-hygiene-"));
		const file = join(dir, "huge.har");
		try {
			await writeFile(file, "");
			// A sparse file: its size is over the limit without writing 256 MB to disk.
			await truncate(file, MAX_HAR_BYTES + 1);
			const run = await runCli(["audit", "--har", file]);
			expect(run.code).toBe(2);
			expect(oneErrorLine(run)).toBe(`HAR larger than 256 MB: ${file}`);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	test("one Set-Cookie header over the per-run limit stops the run with one line", () => {
		const jar = createHeaderJar("chromium", 0, 2);
		jar.apply({ setCookie: "a=1", url: "https://a.test/" });
		jar.apply({ setCookie: "b=1", url: "https://a.test/" });
		expect(() => jar.apply({ setCookie: "c=1", url: "https://a.test/" })).toThrow(
			"more than 2 Set-Cookie headers in one run",
		);
	});

	test("100,000 cookies on one site: the report keeps the 180 a browser would, and a note says so", async () => {
		const headers = Array.from({ length: 100_000 }, (_, i) => ({ name: "Set-Cookie", value: `c${i}=v` }));
		const entry = { request: { url: "https://www.example.com/" }, response: { headers } };
		const har = JSON.stringify({ log: { entries: [entry] } });
		const run = await runCli(["audit", "--har", "big.har", "--format", "json", "--fail-on", "none"], {
			files: { "big.har": har },
		});
		expect(run.code).toBe(0);
		expect(run.stderr).toBe(
			"session-hygiene: note: 99,820 cookies on example.com were evicted as a browser would (at most 180 per site); the report covers the 180 kept\n",
		);
		const report = JSON.parse(run.stdout) as Report;
		expect(report.sites.map((s) => [s.site, s.cookies.length])).toEqual([["example.com", 180]]);
		expect(report.sites[0]?.cookies.at(-1)?.name).toBe("c99999");
	});
});
