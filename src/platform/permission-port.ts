/** Host access: users can withhold or revoke it in both browsers, so it is checked, never assumed. */
import { browser } from "./browser.ts";

export interface PermissionPort {
	hasOrigins(origins: string[]): Promise<boolean>;
	/** Must run in a page, in the handler of a user's click (both browsers require a user gesture). */
	requestOrigins(origins: string[]): Promise<boolean>;
}

export function createBrowserPermissionPort(): PermissionPort {
	return {
		hasOrigins: (origins) => browser.permissions.contains({ origins }),
		requestOrigins: (origins) => browser.permissions.request({ origins }),
	};
}

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
