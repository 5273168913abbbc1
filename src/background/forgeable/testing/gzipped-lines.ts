/** A wordlist as the extension's package holds one: secrets one a line, gzipped. */
export async function gzippedLines(lines: readonly string[]): Promise<Uint8Array<ArrayBuffer>> {
	const stream = new Blob([`${lines.join("\n")}\n`]).stream().pipeThrough(new CompressionStream("gzip"));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The fake background's wordlist: one secret no documented example uses. */
export const FAKE_WORDLIST = ["a-wordlist-secret-for-tests"];
