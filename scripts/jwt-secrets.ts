/**
 * `npm run data:jwt-secrets -- <jwt.secrets.list>`: regenerates src/core/forgeable/data/wallarm-jwt-secrets.txt.gz
 * from wallarm/jwt-secrets' list (https://github.com/wallarm/jwt-secrets, file jwt.secrets.list, MIT
 * License; at commit 99e2360ba3357d5d2ddac1f054f003945e82b9bc, vendored in test/fixtures/jwt-secrets). What
 * is changed: scripts/jwt-secrets/derive-wordlist.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { secretLines } from "../src/core/forgeable/secret-lines.ts";
import { wordlistGzip } from "./jwt-secrets/derive-wordlist.ts";

const OUTPUT = fileURLToPath(
	new URL("../src/core/forgeable/data/wallarm-jwt-secrets.txt.gz", import.meta.url),
);

const input = process.argv[2];
if (input === undefined) {
	console.error("usage: npm run data:jwt-secrets -- <jwt.secrets.list>");
	process.exit(2);
}
const upstream = readFileSync(input, "utf8");
const gzip = wordlistGzip(upstream);
writeFileSync(OUTPUT, gzip);
console.log(`${OUTPUT}: ${secretLines(upstream).length} secrets, ${gzip.length} bytes`);
