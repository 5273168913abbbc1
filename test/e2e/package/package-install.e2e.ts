/**
 * The npm package as a user gets it: `npm pack` of the built repository, installed into an empty project
 * with no network (the package has no dependencies: the CLI and the library are bundled), then the
 * command, the library and its type declarations used from there. Runs after `npm run build`, as the e2e
 * tier does.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const run = promisify(execFile);
const ROOT = new URL("../../../", import.meta.url).pathname;
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

interface PackResult {
	filename: string;
	size: number;
	unpackedSize: number;
	files: { path: string }[];
}

let dir: string;
let project: string;
let packed: PackResult;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), "package-install-"));
	project = join(dir, "consumer");
	// --ignore-scripts: the e2e tier runs on the build `npm test` just made; prepack would build it again.
	const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], {
		cwd: ROOT,
	});
	const [result] = JSON.parse(stdout) as PackResult[];
	if (!result) throw new Error(`npm pack printed no package: ${stdout}`);
	packed = result;
	await run("mkdir", ["-p", project]);
	await writeFile(
		join(project, "package.json"),
		JSON.stringify({ name: "consumer", private: true, type: "module" }),
	);
	await run("npm", ["install", "--offline", "--no-audit", "--no-fund", join(dir, packed.filename)], {
		cwd: project,
	});
}, 120_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the npm package", () => {
	test("holds the command, the library, its types and the wordlist, and nothing else", () => {
		const paths = packed.files.map((f) => f.path);
		for (const path of paths) expect(path).toMatch(/^(dist\/cli\/|package\.json$|README\.md$|LICENSE$)/);
		expect(paths).toEqual(
			expect.arrayContaining([
				"dist/cli/session-hygiene.mjs",
				"dist/cli/lib.mjs",
				"dist/cli/playwright.mjs",
				"dist/cli/wallarm-jwt-secrets.txt.gz",
				"dist/cli/types/lib/index.d.ts",
				"dist/cli/types/lib/playwright.d.ts",
				"dist/cli/NOTICE",
				"LICENSE",
			]),
		);
		expect(paths.filter((p) => p.endsWith(".map"))).toEqual([]);
		console.log(`npm pack: ${packed.filename}, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
		expect(packed.size).toBeLessThan(3_000_000);
	});

	test("its command runs from the installed project", async () => {
		const bin = join(project, "node_modules/.bin/session-hygiene");
		const { stdout } = await run(bin, ["--version"]);
		expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
		const audit = await run(bin, [
			"audit",
			"--from",
			"https://app.example.test/",
			"--set-cookie",
			"sid=3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a; Path=/",
			"--format",
			"json",
		]).catch((error: { code: number; stdout: string }) => error);
		expect((audit as { code?: number }).code).toBe(1);
		expect(JSON.parse(audit.stdout).schema).toBe("session-hygiene/report@2");
	});

	test("its library and Playwright helper import by the package's name", async () => {
		const script = join(project, "use.mjs");
		await writeFile(
			script,
			`import { analyzeSample, auditCookies, formatReport } from "session-hygiene";
import { expectSessionHygiene } from "session-hygiene/playwright";
const cookies = [{ name: "sessionid", value: "3c8e1f6a9b2d5c7e0f4a1b8d6c3e9f2a", domain: "app.example.test", path: "/", expires: -1, httpOnly: false, secure: false, sameSite: "Lax" }];
const report = await auditCookies(cookies);
const failed = await expectSessionHygiene({ cookies: async () => cookies }).then(() => "passed", (e) => e.message.split("\\n")[0]);
const sample = analyzeSample(Array.from({ length: 40 }, (_, i) => String(1000 + i))).verdict;
console.log(JSON.stringify({ rules: report.sites[0].cookies[0].findings.map((f) => f.rule).sort(), markdown: formatReport(report, "markdown").startsWith("#"), failed, sample }));
`,
		);
		const { stdout } = await run(process.execPath, [script], { cwd: project });
		expect(JSON.parse(stdout)).toEqual({
			rules: ["default-session-name", "missing-httponly", "missing-secure"],
			markdown: true,
			failed: "Session Hygiene: 2 findings at or above high:",
			sample: "predictable",
		});
	});

	test("its type declarations import no package but Node's own modules", async () => {
		const types = join(project, "node_modules/session-hygiene/dist/cli/types");
		const files = (await readdir(types, { recursive: true })).filter((f) => f.endsWith(".d.ts"));
		expect(files.length).toBeGreaterThan(0);
		const bare = new Set<string>();
		for (const file of files) {
			const text = await readFile(join(types, file), "utf8");
			for (const match of text.matchAll(/\bfrom\s+"([^"]+)"|\bimport\("([^"]+)"\)/g)) {
				const specifier = match[1] ?? match[2] ?? ".";
				if (!specifier.startsWith(".") && !specifier.startsWith("node:")) bare.add(specifier);
			}
		}
		expect([...bare]).toEqual([]);
	});

	test("its types check a consumer's TypeScript, and catch a wrong use", async () => {
		await writeFile(
			join(project, "tsconfig.json"),
			JSON.stringify({
				compilerOptions: {
					module: "nodenext",
					moduleResolution: "nodenext",
					target: "es2022",
					strict: true,
					noEmit: true,
					skipLibCheck: true,
				},
				files: ["good.ts", "bad.ts"],
			}),
		);
		await writeFile(
			join(project, "good.ts"),
			`import { auditCookies, type Report } from "session-hygiene";
import { expectSessionHygiene } from "session-hygiene/playwright";
export const report: Promise<Report> = auditCookies([], { now: new Date() });
export const checked: Promise<Report> = expectSessionHygiene({ cookies: async () => [] }, { failOn: "medium" });
`,
		);
		await writeFile(
			join(project, "bad.ts"),
			`import { auditCookies } from "session-hygiene";
export const n: number = (await auditCookies([])).schema;
`,
		);
		const result = await run(process.execPath, [TSC, "-p", "tsconfig.json", "--pretty", "false"], {
			cwd: project,
		}).catch((error: { code: number; stdout: string }) => error);
		const lines = result.stdout.trim().split("\n");
		expect(lines).toEqual([
			expect.stringMatching(
				/^bad\.ts\(2,14\): error TS2322: Type 'string' is not assignable to type 'number'\./,
			),
		]);
	});
});
