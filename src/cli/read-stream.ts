/** All of a stream as UTF-8, refused as soon as it passes a size limit (`--har -` reads stdin with it). */
import { CliError } from "./cli-error.ts";
import type { SizeLimit } from "./cli-io.ts";
import { tooLargeMessage } from "./inputs/input-limits.ts";

/**
 * Reads `stream` to its end; with `limit`, throws a one-line CliError naming `name` once more than
 * `limit.maxBytes` have arrived, without reading further (an endless pipe stops there too).
 */
export async function readStream(
	stream: AsyncIterable<Uint8Array | string>,
	name: string,
	limit?: SizeLimit,
): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const bytes = Buffer.from(chunk);
		chunks.push(bytes);
		size += bytes.length;
		if (limit !== undefined && size > limit.maxBytes) {
			throw new CliError(tooLargeMessage(limit.what, limit.maxBytes, name));
		}
	}
	return Buffer.concat(chunks).toString("utf8");
}
