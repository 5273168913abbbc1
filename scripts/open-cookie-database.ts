/**
 * `npm run data:open-cookie-database -- <open-cookie-database.csv>`: regenerates
 * src/core/roles/data/open-cookie-database.json from the Open Cookie Database's CSV
 * (https://github.com/jkwakman/Open-Cookie-Database, file open-cookie-database.csv, Apache License 2.0; at
 * commit 0ee5a17fe1cb002943f89370d24fc26a4226061c, vendored in test/fixtures/open-cookie-database). What is
 * kept of each row: scripts/open-cookie-database/derive-known-cookies.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openCookieDatabaseJson } from "./open-cookie-database/derive-known-cookies.ts";

const OUTPUT = fileURLToPath(new URL("../src/core/roles/data/open-cookie-database.json", import.meta.url));

const input = process.argv[2];
if (input === undefined) {
	console.error("usage: npm run data:open-cookie-database -- <open-cookie-database.csv>");
	process.exit(2);
}
const json = openCookieDatabaseJson(readFileSync(input, "utf8"));
writeFileSync(OUTPUT, json);
console.log(`${OUTPUT}: ${(JSON.parse(json) as { cookies: unknown[] }).cookies.length} cookies`);
