// web-ext lint on dist/firefox: fails on any error. Warnings are printed; Preact's own innerHTML path
// raises one UNSAFE_VAR_ASSIGNMENT warning (docs/browser-quirks.md, "web-ext lint: one UNSAFE_VAR_ASSIGNMENT warning from Preact").
import { spawnSync } from "node:child_process";

const result = spawnSync(
	"npx",
	[
		"web-ext",
		"lint",
		"--source-dir",
		`${process.env.DIST_DIR ?? "dist"}/firefox`,
		"--output",
		"json",
		"--no-config-discovery",
	],
	{
		encoding: "utf8",
	},
);
let report;
try {
	report = JSON.parse(result.stdout);
} catch {
	console.error(result.stdout, result.stderr);
	console.error("web-ext lint did not produce a JSON report.");
	process.exit(1);
}
for (const kind of ["errors", "warnings", "notices"]) {
	for (const m of report[kind] ?? [])
		console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ""} ${m.message}`);
}
console.log(
	`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
process.exit(report.summary.errors === 0 ? 0 : 1);
