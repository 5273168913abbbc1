/**
 * Token analysis asks the same question of a value more than once (its charset and symbol counts for the
 * entropy and again for the variety check, its base64 text for the layers and again for the part to
 * measure), and an audit asks for every cookie (`npm run bench`). Remembering the last answer costs no
 * allocation, unlike a cache, and cannot grow.
 */

/**
 * `compute`, answering again for the same value as last time without computing. The answer is shared, so
 * callers must not change it.
 */
export function rememberLast<T>(compute: (value: string) => T): (value: string) => T {
	let lastValue: string | undefined;
	let lastAnswer: T;
	return (value) => {
		if (value !== lastValue) {
			lastAnswer = compute(value);
			lastValue = value;
		}
		return lastAnswer;
	};
}
