/**
 * What the server said to a session restored after sign-out (docs/design.md, "Version 2":
 * `logout-not-revoked`): the sign-out test puts the signed-out session's cookies back and reloads the
 * page. OWASP Session Management Cheat Sheet, "Manual Session Expiration": the logout must invalidate the
 * session "on the server side"; OWASP Web Security Testing Guide WSTG-SESS-06 "Testing for Logout
 * Functionality" replays the old cookie after logout the same way. A server that revoked the session
 * refuses the id: it clears or replaces it, answers 401/403, or redirects to its sign-in page. One that
 * answers normally with the id kept may still show a signed-out page (it ignores an unknown session
 * quietly), so "accepted" waits for the user to say what the page shows.
 */
import { nameWords } from "../roles/name-words.ts";

export type ReplayAnswer = "revoked" | "accepted" | "unclear";

export interface ReplayResponse {
	/** The reloaded page's URL. */
	url: string;
	status: number;
	location?: string;
	/** What the response's Set-Cookie did to the restored cookie: nothing, deleted it, or replaced its value. */
	restored: "untouched" | "deleted" | "replaced" | "same";
}

/** Path words of sign-in pages: /login, /signin, /sign_in, /users/sign_in, /logon, /auth, /session/new. */
const SIGN_IN_WORDS = new Set(["login", "signin", "logon", "auth", "authenticate", "sso"]);

function looksLikeSignIn(path: string): boolean {
	const words = nameWords(path);
	if (words.some((w) => SIGN_IN_WORDS.has(w))) return true;
	for (let i = 0; i + 1 < words.length; i++) {
		const pair = `${words[i]}${words[i + 1]}`;
		if (pair === "signin" || pair === "logon" || pair === "login") return true;
		if (words[i] === "session" && words[i + 1] === "new") return true;
	}
	return false;
}

export function replayAnswer(response: ReplayResponse): ReplayAnswer {
	if (response.restored === "deleted" || response.restored === "replaced") return "revoked";
	if (response.status === 401 || response.status === 403) return "revoked";
	if (response.status >= 300 && response.status < 400) {
		if (response.location === undefined) return "unclear";
		let target: URL;
		try {
			target = new URL(response.location, response.url);
		} catch {
			return "unclear";
		}
		return looksLikeSignIn(target.pathname) ? "revoked" : "unclear";
	}
	if (response.status >= 200 && response.status < 300) return "accepted";
	return "unclear";
}
