/**
 * The sign-out test as the popup shows it (docs/protocol.md, "The sign-out test"): plain data for
 * messages, times in epoch seconds.
 *
 * - waiting: the site's session cookies are saved; the user signs out on the site;
 * - replaying: the sign-out was seen, the saved session is back in the jar and the page reloads;
 * - confirm: the server answered the restored session normally (or unclearly): does the page show the
 *   user signed in?
 * - done: `verdict` says whether the sign-out ended the session on the server.
 */
import type { ReplayAnswer } from "./replay-answer.ts";

export type SignOutPhase = "waiting" | "replaying" | "confirm" | "done";

export interface SignOutTestState {
	site: string;
	/** Absent when the site has no sign-out test. */
	phase?: SignOutPhase;
	startedAt?: number;
	/** The names of the session cookies the test saved. */
	cookies?: string[];
	signedOutAt?: number;
	/** The response that signed out: `GET /logout 303`. */
	signedOutBy?: string;
	/** The reloaded page's answer to the restored session: `GET /account 200`. */
	answer?: string;
	replay?: ReplayAnswer;
	verdict?: "revoked" | "not-revoked";
	/** The jar was put back as the sign-out left it (false when the user kept the restored session). */
	putBack?: boolean;
	/** What could not be written back, in words. */
	problems?: string[];
}
