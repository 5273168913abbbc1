import { randomBytes } from "node:crypto";

/**
 * Server-side sessions kept in memory. Logging out deletes the session here, so a cookie restored
 * from a snapshot after logout no longer signs anyone in (the replay test relies on that).
 */
export interface SessionStore {
	create(user: string): string;
	userOf(token: string | undefined): string | undefined;
	revoke(token: string | undefined): void;
}

export function createSessionStore(): SessionStore {
	const users = new Map<string, string>();
	return {
		create(user) {
			const token = randomBytes(32).toString("base64url");
			users.set(token, user);
			return token;
		},
		userOf: (token) => (token === undefined ? undefined : users.get(token)),
		revoke(token) {
			if (token !== undefined) users.delete(token);
		},
	};
}
