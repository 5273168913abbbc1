/**
 * Secret lists as text: one secret a line, exactly as written (spaces kept, a line may start with `#`:
 * seventeen secrets of the wallarm/jwt-secrets list do). A line ending CRLF loses its CR; empty lines are
 * skipped; a secret listed twice is kept once.
 */
export function secretLines(text: string): string[] {
	const seen = new Set<string>();
	for (const line of text.split("\n")) {
		const secret = line.endsWith("\r") ? line.slice(0, -1) : line;
		if (secret !== "") seen.add(secret);
	}
	return [...seen];
}

/**
 * The text of a gzip file (RFC 1952) through the Compression Streams API's DecompressionStream, present in
 * the extension's background and in Node 20: how the vendored wordlist is read.
 */
export async function gunzipText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
	return new Response(stream).text();
}
