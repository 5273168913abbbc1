/**
 * The repository is the whole project: a clone with nothing beside it must build, test and make sense. So no
 * import may resolve outside the repository root, no file may send the reader to a document that is not in
 * it, and every `docs/<file>.md, "Heading"` citation must name a heading that exists.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
	.split("\0")
	.filter((f) => f !== "" && existsSync(join(ROOT, f)));
const code = tracked.filter((f) => /\.(ts|tsx|mts|mjs|js)$/.test(f));
const text = tracked.filter(
	(f) => /\.(ts|tsx|mts|mjs|js|json|md|html|css)$/.test(f) && f !== "package-lock.json",
);

/** Relative specifiers of static and dynamic imports, re-exports and `new URL("…", import.meta.url)`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)(["'`])(\.{1,2}\/[^"'`$]*)\1/g;

function escapesRoot(file: string, specifier: string): boolean {
	const target = resolve(ROOT, dirname(file), specifier);
	return relative(ROOT, target).startsWith("..");
}

describe("the repository is self-contained", () => {
	test("the check itself sees an import that leaves the root", () => {
		expect(escapesRoot("src/core/x.ts", ["..", "..", "..", "outside", "a.json"].join("/"))).toBe(true);
		expect(escapesRoot("src/core/x.ts", "../../test/fixtures/a.json")).toBe(false);
	});

	test("no import or file URL resolves outside the repository root", () => {
		const outside: string[] = [];
		for (const file of code) {
			for (const match of readFileSync(join(ROOT, file), "utf8").matchAll(SPECIFIER)) {
				const specifier = match[2] ?? "";
				if (escapesRoot(file, specifier)) outside.push(`${file}: ${specifier}`);
			}
		}
		expect(outside).toEqual([]);
	});

	test("no file points at a sibling folder of the repository", () => {
		const pointing = text.filter((f) =>
			/\.\.\/shared\/(fixtures|data|hooks|[\w-]+\.md)|\.\.\/shared\/?["'`\s)]|(?<![\w/])(design|style|toolchain)\.md/.test(
				readFileSync(join(ROOT, f), "utf8"),
			),
		);
		expect(pointing).toEqual([]);
	});

	test('every `docs/<name>.md, "Heading"` citation names a heading of that document', () => {
		const headings = new Map<string, string[]>();
		const headingsOf = (doc: string): string[] => {
			if (!headings.has(doc)) {
				const path = join(ROOT, doc);
				const lines = existsSync(path) ? readFileSync(path, "utf8").split("\n") : [];
				headings.set(
					doc,
					lines.filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, "").trim()),
				);
			}
			return headings.get(doc) ?? [];
		};
		const broken: string[] = [];
		for (const file of text) {
			const source = readFileSync(join(ROOT, file), "utf8").replaceAll(/\s*\n\s*(?:\*\s|\/\/\s?|\* )?/g, " ");
			for (const match of source.matchAll(/\b(docs\/[\w-]+\.md),? \\?"([^"\\]+)\\?"/g)) {
				const [, doc = "", heading = ""] = match;
				if (!headingsOf(doc).some((h) => h === heading || h.startsWith(heading))) {
					broken.push(`${file}: ${doc}, "${heading}"`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});
