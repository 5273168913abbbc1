/**
 * The vendored wordlist (src/core/forgeable/data/wallarm-jwt-secrets.txt.gz) from wallarm/jwt-secrets'
 * jwt.secrets.list: one secret a line, LF line ends, empty lines and repeats left out (the order kept), then
 * gzip at level 9. Node's gzip writes no file name and a zero time, so the same list gives the same bytes.
 */
import { gzipSync } from "node:zlib";
import { secretLines } from "../../src/core/forgeable/secret-lines.ts";

export function wordlistText(upstream: string): string {
	return `${secretLines(upstream).join("\n")}\n`;
}

export function wordlistGzip(upstream: string): Buffer {
	return gzipSync(wordlistText(upstream), { level: 9 });
}
