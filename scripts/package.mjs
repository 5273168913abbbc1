// `npm run package`: store-ready, reproducible archives of the built extensions, in
// <DIST_DIR>/packages/ (DIST_DIR defaults to dist):
//   session-hygiene-chrome-<version>.zip   dist/chrome, for the Chrome Web Store
//   session-hygiene-firefox-<version>.zip  dist/firefox, for addons.mozilla.org
//   session-hygiene-source-<version>.zip   the source AMO reviewers rebuild from: the build minifies
//     (https://extensionworkshop.com/documentation/publish/source-code-submission/)
// Run `node scripts/build.mjs chrome firefox` first. Refuses source maps, tests and dotfiles rather
// than dropping them silently, so a build misconfiguration is noticed.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { deterministicZip } from "./deterministic-zip.mjs";

const root = resolve(new URL("..", import.meta.url).pathname);
const dist = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(root, "dist");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** Files that must never ship in a store package. */
const FORBIDDEN = [
	[/\.map$/, "a source map"],
	[/(^|\/)[^/]+\.(test|spec|e2e)\.[cm]?[jt]sx?$/, "a test"],
	[/\.tsx?$/, "TypeScript source"],
	[/(^|\/)\./, "a dotfile"],
];
/** crxjs's own build metadata (`.vite/manifest.json`) is not part of the extension. */
const BUILD_METADATA = /^\.vite\//;

function walk(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) =>
			relative(dir, join(d.parentPath ?? d.path, d.name))
				.split(sep)
				.join("/"),
		);
}

function extensionFiles(target) {
	const dir = join(dist, target);
	if (!existsSync(join(dir, "manifest.json")))
		throw new Error(`${dir} is missing: run \`node scripts/build.mjs chrome firefox\` first.`);
	const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
	if (manifest.version !== version)
		throw new Error(`${target} manifest has version ${manifest.version}, package.json ${version}: rebuild.`);
	const paths = walk(dir).filter((p) => !BUILD_METADATA.test(p));
	for (const path of paths) {
		const hit = FORBIDDEN.find(([pattern]) => pattern.test(path));
		if (hit) throw new Error(`${target}/${path} is ${hit[1]}; it must not ship.`);
		const text = path.endsWith(".js") ? readFileSync(join(dir, path), "utf8") : "";
		if (text.includes("sourceMappingURL=")) throw new Error(`${target}/${path} points to a source map.`);
	}
	return paths.map((path) => ({ path, data: readFileSync(join(dir, path)) }));
}

/** What a reviewer needs to rebuild dist/firefox: the committed sources minus tests (git ls-files). */
const SOURCE_ROOTS = ["src/", "public/", "scripts/", "docs/"];
const SOURCE_FILES = [
	"package.json",
	"package-lock.json",
	"manifest.json",
	"vite.config.ts",
	"tsconfig.json",
	"biome.json",
	"README.md",
	"CHANGELOG.md",
	"LICENSE",
	"NOTICE",
];
const BUILD_NOTE = `# Building the Firefox package from this source

Requirements: Debian 12 or any Linux/macOS, Node.js 20 (20.20 used for the release), npm 11.

    npm ci
    node scripts/build.mjs firefox

The add-on is then in dist/firefox/, identical to the files of session-hygiene-firefox-${version}.zip.
Vite (rolldown) bundles and minifies src/; nothing is fetched or generated at run time.
`;

function sourceFiles() {
	const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0");
	const wanted = tracked.filter(
		(p) =>
			(SOURCE_FILES.includes(p) || SOURCE_ROOTS.some((r) => p.startsWith(r))) &&
			!FORBIDDEN[1][0].test(p) &&
			existsSync(join(root, p)),
	);
	const files = wanted.map((path) => ({ path, data: readFileSync(join(root, path)) }));
	return [...files, { path: "SOURCE-BUILD.md", data: Buffer.from(BUILD_NOTE) }];
}

const out = join(dist, "packages");
mkdirSync(out, { recursive: true });
const archives = {
	chrome: () => extensionFiles("chrome"),
	firefox: () => extensionFiles("firefox"),
	source: sourceFiles,
};
for (const [kind, files] of Object.entries(archives)) {
	const zip = deterministicZip(files());
	const file = join(out, `session-hygiene-${kind}-${version}.zip`);
	writeFileSync(file, zip);
	const sha = createHash("sha256").update(zip).digest("hex");
	console.log(`${sha}  ${relative(process.cwd(), file)} (${(zip.length / 1024).toFixed(1)} kB)`);
}
