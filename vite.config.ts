/**
 * One config, three builds and the tests:
 *   vite build --mode chrome   → dist/chrome  (MV3 service worker)
 *   vite build --mode firefox  → dist/firefox (MV3 background.scripts + gecko settings)
 *   vite build --mode cli      → dist/cli/session-hygiene.mjs (Node 20, dependencies bundled)
 *   vitest --project unit | e2e | e2e-slow
 * The one top-level manifest.json is transformed per target (docs/browser-quirks.md, "crxjs: background.scripts for Firefox, service_worker for Chrome": crxjs needs
 * `background.scripts` for Firefox and `service_worker` for Chrome).
 */
import { readFileSync } from "node:fs";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig, type ViteUserConfig as UserConfig } from "vitest/config";
import { manifestFor, type Target } from "./scripts/manifest-for.ts";

/** DIST_DIR lets parallel work trees build without clobbering each other's dist/ (default: dist). */
const distDir = process.env.DIST_DIR ?? "dist";
const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
	version: string;
};
const baseManifest = JSON.parse(readFileSync(new URL("./manifest.json", import.meta.url), "utf8"));

function extensionBuild(target: Target): UserConfig {
	const manifest: ManifestV3Export = manifestFor(baseManifest, target, pkg.version);
	return {
		plugins: [preact(), crx({ manifest, browser: target })],
		define: { __VERSION__: JSON.stringify(pkg.version) },
		build: {
			outDir: `${distDir}/${target}`,
			emptyOutDir: true,
			sourcemap: false,
			target: target === "firefox" ? "firefox128" : "chrome120",
			// The overview page is linked from the options page, not named in the manifest, so crxjs does
			// not find it by itself.
			rolldownOptions: { input: { overview: "src/options/overview/index.html" } },
		},
		server: { cors: { origin: [/chrome-extension:\/\//, /moz-extension:\/\//] } },
	};
}

const cliBuild: UserConfig = {
	publicDir: false,
	define: { __VERSION__: JSON.stringify(pkg.version) },
	ssr: { noExternal: true, target: "node" },
	build: {
		ssr: true,
		outDir: `${distDir}/cli`,
		emptyOutDir: true,
		sourcemap: false,
		target: "node20",
		rolldownOptions: {
			// The command and the library (src/lib): shared code in chunks beside them, in the same folder, so
			// that node-io.ts finds the wordlist next to whichever file holds it.
			input: {
				"session-hygiene": "src/cli/session-hygiene.ts",
				lib: "src/lib/index.ts",
				playwright: "src/lib/playwright.ts",
			},
			output: {
				entryFileNames: "[name].mjs",
				chunkFileNames: "[name]-[hash].mjs",
				format: "es",
				banner: (chunk) => (chunk.name === "session-hygiene" ? "#!/usr/bin/env node" : ""),
			},
		},
	},
};

const SLOW_E2E = "test/e2e/**/*.slow.e2e.ts";
/** Each e2e file starts its own browsers and fixture site, so one file runs at a time. */
const e2e = {
	environment: "node",
	testTimeout: 60_000,
	hookTimeout: 90_000,
	fileParallelism: false,
} as const;

const tests: UserConfig = {
	plugins: [preact()],
	define: { __VERSION__: JSON.stringify(pkg.version) },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: "unit",
					include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}", "scripts/**/*.test.{ts,mjs}"],
					environment: "node",
				},
			},
			{
				extends: true,
				test: {
					name: "e2e",
					include: ["test/e2e/**/*.e2e.ts"],
					exclude: [SLOW_E2E],
					...e2e,
				},
			},
			{
				// Tests that wait out a browser's timer (Chromium's two-minute SameSite window): mostly idle, so
				// scripts/test.mjs runs this project while the rest runs; `npm run test:quick` leaves it out.
				extends: true,
				test: { name: "e2e-slow", include: [SLOW_E2E], ...e2e },
			},
		],
	},
};

export default defineConfig(({ mode }) => {
	if (mode === "chrome" || mode === "firefox") return extensionBuild(mode);
	if (mode === "cli") return cliBuild;
	return tests;
});
