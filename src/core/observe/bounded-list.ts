/**
 * A list that keeps its last `limit` items, as plain data (an array) so it can live in
 * `storage.session` (docs/conventions.md, "Code shape"). Trimming waits until the array holds twice
 * the limit, so appending costs amortised constant time; readers take the last `limit` items.
 */

/** Appends `item`, dropping the oldest items once the array holds 2 × `limit`. */
export function pushBounded<T>(list: T[], item: T, limit: number): void {
	insertBounded(list, item, list.length, limit);
}

/** Inserts `item` at index `at` (the end when `at` is the length), trimmed in the same way. */
export function insertBounded<T>(list: T[], item: T, at: number, limit: number): void {
	list.splice(at, 0, item);
	if (list.length >= 2 * limit) list.splice(0, list.length - limit);
}

/** The last `limit` items of a list kept by pushBounded, oldest first. */
export function lastItems<T>(list: readonly T[], limit: number): readonly T[] {
	return list.length <= limit ? list : list.slice(list.length - limit);
}
