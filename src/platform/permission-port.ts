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
