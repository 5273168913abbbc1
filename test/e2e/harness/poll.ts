/** Polls `read` until `done` holds, for state the extension updates on its own time (debounced refreshes). */
export async function eventually<T>(
	read: () => Promise<T>,
	done: (value: T) => boolean,
	what: string,
	timeoutMs = 10_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: T = await read();
	while (!done(last)) {
		if (Date.now() > deadline)
			throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
		last = await read();
	}
	return last;
}
