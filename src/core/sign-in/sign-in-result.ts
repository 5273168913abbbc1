/**
 * Whether a request that carried a password signed the user in, from its response alone: a failed
 * sign-in keeps the anonymous session on purpose, so a kept id counts only after a sign-in that
 * succeeded (a false `session-fixation` would cost more than a missed one). The shapes are the common
 * frameworks' own: a failure answers 4xx (401/403 for an API; Rails 7 and Laravel answer 422) or sends the
 * browser back to the sign-in form (Spring Security `/login?error`, Passport `failureRedirect`); a success
 * redirects elsewhere (Post/Redirect/Get), or answers 2xx to a script's fetch/XHR (a JSON login API). A
 * 2xx page after a form post (a re-rendered form, or a welcome page) cannot be told apart from the
 * headers: "unclear", unless the answer's body is known and says which (answer-body.ts).
 */
import { nameWords } from "../roles/name-words.ts";
import type { AnswerBody } from "./answer-body.ts";

export type SignInResult = "succeeded" | "failed" | "unclear";

export interface SignInResponse {
	/** The request's URL (it carried the password). */
	url: string;
	status: number;
	/** The Location header of a redirect, as sent (relative or absolute). */
	location?: string;
	/** The page the form was on, when known: a redirect back to it is a failure. */
	pageUrl?: string;
	/** The request came from a script (fetch, XHR) rather than a form navigation. */
	fromScript: boolean;
	/** What a 2xx answer's body says, where it is known. */
	body?: AnswerBody;
}

function pathOf(url: string, base?: string): string | undefined {
	try {
		return new URL(url, base).pathname;
	} catch {
		return undefined;
	}
}

const FAILURE_QUERY = /(?:^|[?&])(?:error|failed|failure|login_error|auth_error)(?:[=&]|$)/i;
/** A redirect whose path says the sign-in failed: `/login/failed`, `/auth/error`, `/access-denied`. */
const FAILURE_WORDS = new Set(["error", "failed", "failure", "fail", "denied", "invalid", "unauthorized"]);

/**
 * Whether the page a sign-in leads to says it failed: an error query, failure words in its path, or
 * the sign-in's own URL or the form's page again.
 */
export function isFailureTarget(target: URL, signIn: { url: string; pageUrl?: string }): boolean {
	if (FAILURE_QUERY.test(target.search)) return true;
	if (nameWords(target.pathname).some((word) => FAILURE_WORDS.has(word))) return true;
	const back = [pathOf(signIn.url), signIn.pageUrl && pathOf(signIn.pageUrl)];
	return back.includes(target.pathname);
}

export function signInResult(response: SignInResponse): SignInResult {
	const { status } = response;
	if (status >= 400) return "failed";
	if (status >= 300 && status < 400) {
		if (response.location === undefined) return "unclear";
		let target: URL;
		try {
			target = new URL(response.location, response.url);
		} catch {
			return "unclear";
		}
		return isFailureTarget(target, response) ? "failed" : "succeeded";
	}
	if (status >= 200 && status < 300) return response.body ?? (response.fromScript ? "succeeded" : "unclear");
	return "unclear";
}
