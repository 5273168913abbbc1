import type { PermissionPort } from "../permission-port.ts";

export interface FakePermissionPort extends PermissionPort {
	/** Withholds (or grants again) access to the origins of these match patterns. */
	withhold(patterns: string[]): void;
	grant(patterns: string[]): void;
}

/** Grants every origin until told otherwise; patterns are compared as strings. */
export function createFakePermissionPort(): FakePermissionPort {
	const withheld = new Set<string>();
	return {
		hasOrigins: async (origins) => origins.every((o) => !withheld.has(o)),
		requestOrigins: async (origins) => {
			for (const o of origins) withheld.delete(o);
			return true;
		},
		withhold: (patterns) => {
			for (const p of patterns) withheld.add(p);
		},
		grant: (patterns) => {
			for (const p of patterns) withheld.delete(p);
		},
	};
}
