import type { StoragePort } from "../storage-port.ts";

/** In memory; values are structured-cloned on the way in and out, as the browsers do. */
export function createFakeStoragePort(initial: Record<string, unknown> = {}): StoragePort {
	const items = new Map(Object.entries(structuredClone(initial)));
	return {
		async get<T>(key: string) {
			return structuredClone(items.get(key)) as T | undefined;
		},
		async entries<T>(prefix: string) {
			return [...items]
				.filter(([key]) => key.startsWith(prefix))
				.map(([k, v]) => [k, structuredClone(v) as T]);
		},
		async set(next) {
			for (const [key, value] of Object.entries(next)) items.set(key, structuredClone(value));
		},
		async remove(keys) {
			for (const key of keys) items.delete(key);
		},
	};
}
