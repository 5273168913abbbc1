/** Least privilege: every permission the manifests declare is justified and used, and no more. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { manifestFor, type Target } from "./manifest-for.ts";

const ROOT = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), "utf8");
const BASE = JSON.parse(read("manifest.json"));
const DOC = read("docs/permissions.md");

type PermissionLists = Record<string, string[] | undefined>;

/** Every permission and host pattern a built manifest asks for, required or optional. */
function declared(target: Target): string[] {
	const m = manifestFor(BASE, target, "1.0.0") as PermissionLists;
	const keys = ["permissions", "optional_permissions", "host_permissions", "optional_host_permissions"];
	return [...new Set(keys.flatMap((k) => m[k] ?? []))].sort();
}

/**
 * The permissions docs/permissions.md justifies for a target: one `### \`name\`` section each, with both
 * parts; a heading ending in "(Firefox only)" justifies it for Firefox alone.
 */
function justified(doc: string, target: Target = "chrome"): string[] {
	const sections = doc.split(/^### /m).slice(1);
	return sections
		.filter((s) => /\*\*For:\*\* \S/.test(s) && /\*\*Without it:\*\* \S/.test(s))
		.filter((s) => target === "firefox" || !/^`[^`]+` \(Firefox only\)/.test(s))
		.map((s) => /^`([^`]+)`/.exec(s)?.[1] ?? "")
		.sort();
}

/** Source text of the shipped code (tests excluded), to check an API permission is still used. */
function shippedSource(dir = new URL("src/", ROOT).pathname): string {
	return readdirSync(dir, { recursive: true, encoding: "utf8" })
		.filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes("testing"))
		.map((f) => readFileSync(join(dir, f), "utf8"))
		.join("\n");
}

describe("docs/permissions.md justifies exactly what the manifests ask for", () => {
	test.each<Target>(["chrome", "firefox"])("%s manifest: every permission has a section", (target) => {
		expect(declared(target)).toEqual(justified(DOC, target));
	});

	test("the check fails for a permission the document does not justify", () => {
		const widened = { ...BASE, permissions: [...BASE.permissions, "tabs"] };
		const m = manifestFor(widened, "chrome", "1.0.0") as PermissionLists;
		expect(m.permissions).toContain("tabs");
		expect(justified(DOC)).not.toContain("tabs");
		expect(justified(`${DOC}\n### \`tabs\`\n\n**For:** x\n`)).not.toContain("tabs");
	});

	test("contextualIdentities is Firefox's alone, and used", () => {
		expect(declared("firefox")).toContain("contextualIdentities");
		expect(declared("chrome")).not.toContain("contextualIdentities");
		expect(shippedSource()).toMatch(/browser\.contextualIdentities\./);
	});

	test.each([
		["cookies", /browser\.cookies\./],
		["storage", /browser\.storage\b/],
		["webNavigation", /browser\.webNavigation\./],
		["webRequest", /browser\.webRequest\./],
	])("the %s permission is used by the shipped code", (permission, use) => {
		expect(declared("chrome")).toContain(permission);
		expect(shippedSource()).toMatch(use);
	});

	test("no API permission is declared without a usage check above", () => {
		const apis = declared("chrome").filter((p) => !p.includes("://"));
		expect(apis).toEqual(["cookies", "storage", "webNavigation", "webRequest"]);
	});
});
