/**
 * No remote code: the built extensions (DIST_DIR, default dist) load only their own files,
 * evaluate no strings as code and keep the default MV3 content security policy, which already forbids
 * remote scripts and eval in extension pages ("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
 * https://developer.chrome.com/docs/extensions/reference/manifest/content-security-policy). The scan
 * also holds if a later change relaxes the CSP, and makes the promise of docs/privacy.md checkable.
 * In the e2e project because it needs the build (npm test builds before it runs e2e).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DIST_CHROME, DIST_FIREFOX, requireBuild } from "../harness/browsers/dist-paths.ts";

/** Code that runs strings or fetches script from elsewhere; each pattern names what it catches. */
const FORBIDDEN_CODE: readonly [string, RegExp][] = [
	// A global eval call, not a method of that name: `.eval(` is a property call and `eval(a,b){` a method
	// definition (re2js's prefilter has one), neither of which runs a string.
	["eval()", /(?<![\w$.])eval\s*\((?![^()]*\)\s*\{)/],
	["new Function()", /\bnew\s+Function\s*\(/],
	["Function() as a call", /(?<![\w$.])Function\s*\(\s*["'`]/],
	["a string passed to setTimeout/setInterval", /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
	["importScripts()", /\bimportScripts\s*\(/],
	["a remote import", /\b(?:import\s*\(|from)\s*["'`](?:https?:)?\/\//],
	["a script element created at run time", /createElement\s*\(\s*["'`]script["'`]/i],
	["a remote .js URL", /["'`](?:https?:)?\/\/[^"'`\s]+\.m?js(?:\?[^"'`\s]*)?["'`]/],
];

/** HTML may only load scripts and styles from the package itself. */
const REMOTE_IN_HTML = /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i;

function filesOf(dir: string, extension: RegExp): { path: string; text: string }[] {
	return readdirSync(dir, { recursive: true, encoding: "utf8" })
		.filter((f) => extension.test(f))
		.map((path) => ({ path, text: readFileSync(join(dir, path), "utf8") }));
}

/** Every forbidden construct found in one file, as "path: what". */
function remoteCodeFindings(path: string, text: string): string[] {
	const patterns: readonly [string, RegExp][] = path.endsWith(".html")
		? [["a remote script or stylesheet", REMOTE_IN_HTML]]
		: FORBIDDEN_CODE;
	return patterns.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${path}: ${what}`);
}

describe.each([
	["chrome", DIST_CHROME],
	["firefox", DIST_FIREFOX],
])("%s build", (_name, dir) => {
	test("keeps the default MV3 content security policy: the manifest does not override it", () => {
		const manifest = JSON.parse(readFileSync(join(requireBuild(dir), "manifest.json"), "utf8"));
		expect(manifest).not.toHaveProperty("content_security_policy");
		expect(manifest).not.toHaveProperty("sandbox");
		expect(JSON.stringify(manifest)).not.toMatch(/unsafe-eval|unsafe-inline/);
	});

	test("loads no remote code and evaluates no strings as code", () => {
		const files = filesOf(requireBuild(dir), /\.(m?js|html)$/);
		expect(files.length).toBeGreaterThan(2);
		expect(files.flatMap((f) => remoteCodeFindings(f.path, f.text))).toEqual([]);
	});

	test("ships no source maps", () => {
		expect(filesOf(dir, /\.map$/).map((f) => f.path)).toEqual([]);
		expect(filesOf(dir, /\.m?js$/).filter((f) => f.text.includes("sourceMappingURL="))).toEqual([]);
	});
});

describe("the scan can fail", () => {
	test.each([
		["a.js", "x=eval(code)"],
		["a.js", "if(eval(code)){run()}"],
		["a.js", "x=window.eval?.call||eval (s)"],
		["a.js", "const f=new Function('a','return a')"],
		["a.js", 'setTimeout("alert(1)",1)'],
		["a.js", 'import("https://cdn.example.com/lib.mjs")'],
		["a.js", 'import x from"//cdn.example.com/x.js"'],
		["a.js", 's=document.createElement("script")'],
		["a.js", 'const u="https://cdn.example.com/x.js?v=1"'],
		["a.html", '<script type="module" src="https://cdn.example.com/x.js"></script>'],
	])("%s: %s", (path, text) => {
		expect(remoteCodeFindings(path, text)).not.toEqual([]);
	});

	test.each([
		["a.js", "devtools:{inspectedWindow:{eval:{minArgs:1}}}"],
		["a.js", "class P{eval(t,n){switch(this.type){}}}"],
		["a.js", "return prefilter.eval(t,n)"],
		[
			"a.js",
			'const help="https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html"',
		],
		["a.html", '<script type="module" src="/assets/index.js"></script>'],
	])("allows %s: %s", (path, text) => {
		expect(remoteCodeFindings(path, text)).toEqual([]);
	});
});
