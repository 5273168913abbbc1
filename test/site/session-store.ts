import { randomBytes } from "node:crypto";

/**
 * Server-side sessions kept in memory. Logging out deletes the session here, so a cookie restored
 * from a snapshot after logout no longer signs anyone in (the replay test relies on that). A session
 * may start anonymous and be signed in later, keeping its token: the fixation the sign-in flows show.
 */
export interface SessionStore {
	/** A new token, signed in as `user`, or anonymous without one. */
	create(user?: string): string;
	/** Signs an existing session in under its own token; false when the server does not know the token. */
	signIn(token: string | undefined, user: string): boolean;
	/** Whether the server knows the token, signed in or not. */
	has(token: string | undefined): boolean;
	userOf(token: string | undefined): string | undefined;
	revoke(token: string | undefined): void;
}

export function createSessionStore(): SessionStore {
	const users = new Map<string, string | null>();
	return {
		create(user) {
			const token = randomBytes(32).toString("base64url");
			users.set(token, user ?? null);
			return token;
		},
		signIn(token, user) {
			if (token === undefined || !users.has(token)) return false;
			users.set(token, user);
			return true;
		},
		has: (token) => token !== undefined && users.has(token),
		userOf: (token) => (token === undefined ? undefined : (users.get(token) ?? undefined)),
		revoke(token) {
			if (token !== undefined) users.delete(token);
		},
	};
}
