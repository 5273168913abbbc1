/** What an audit runs on: cookies (from a browser jar or stored from headers) and their context. */
import type { Cookie } from "./cookie.ts";
import type { SignedFormat } from "./forgeable/signed-format.ts";
import type { Settings } from "./settings/settings.ts";
import type { SignInOutcome } from "./sign-in/sign-in-outcome.ts";

/** Where a cookie came from when it was stored from a Set-Cookie header (CLI, HAR). */
export interface HeaderOrigin {
	/** The Set-Cookie header exactly as received. */
	setCookie: string;
	/** The URL of the response that carried it. */
	url: string;
	/** The raw SameSite attribute value, when the header had one (for `samesite-invalid`). */
	sameSiteAttribute?: string;
	/** When the Chromium and Firefox profiles store this header differently: what each does. */
	browserDifference?: string;
}

/**
 * Who wrote the cookie's current value, where the responses that reach it were observed (the extension's
 * webRequest observation; a HAR or URL input knows only server writes). Absent when nobody watched:
 * `set-by-script` then stays silent (docs/design.md, "Version 2").
 */
export interface SetBy {
	writer: "server" | "script";
	/**
	 * For a script write: the value is one an observed Set-Cookie had issued for this cookie, so the script
	 * rewrote the server's token (to change its lifetime or path, say) rather than minting its own.
	 */
	serverIssuedValue: boolean;
}

/**
 * What the observed https responses of one host said about HSTS (RFC 6797 §8.1): the policy a browser
 * holds after them, the last valid Strict-Transport-Security winning and `max-age=0` switching it off. A
 * host is listed only when at least one of its https responses was observed; `missing-hsts` looks at
 * listed hosts only, so a host nobody observed raises nothing.
 */
export interface HostHsts {
	host: string;
	hsts: boolean;
	/** The policy covers every subdomain of the host too (RFC 6797 §6.1.2, §8.2). */
	includeSubDomains: boolean;
}

/**
 * What the last observed sign-in on the cookie's site did to it (`session-fixation`): from the extension's
 * timeline (a request with a password field, or the user's sign-in test) or a HAR of a sign-in. Absent when
 * no sign-in was seen: the rule then stays silent.
 */
export interface SignInFact {
	/** The same for every cookie of one sign-in. */
	id: string;
	outcome: SignInOutcome;
	/** Epoch milliseconds. */
	timeMs: number;
	/** What told it was a sign-in: `POST /login 302`, or `the sign-in test`. */
	by: string;
	/**
	 * False when its success rests on a 2xx answer to a script alone, with no Set-Cookie in it: a JSON
	 * API may answer a wrong password with 200 too, so the finding is one severity lower.
	 */
	confirmed?: boolean;
}

/**
 * The sign-out test found that the server still accepted this cookie's session after the user signed out
 * (`logout-not-revoked`): the restored id was answered normally and the user confirmed the page showed
 * them signed in. Absent when no test said so.
 */
export interface SignOutFact {
	/** Epoch milliseconds of the sign-out. */
	timeMs: number;
	/** What the reloaded page answered: `GET /account 200`. */
	answer: string;
}

/**
 * What sampling fresh ids of this cookie found (`predictable-session-id`): the CLI's `sample` command
 * (src/core/sample/analyze-sample.ts). Only a sample whose verdict is not "ok" is a fact here; absent
 * when nothing was sampled, and the rule then stays silent.
 */
export interface SampleFact {
	verdict: "predictable" | "weak";
	/** How many fresh values were sampled. */
	samples: number;
	estimatedEntropyBits: number;
	/** The first reason of the verdict: `counter: counter-like (monotonic) …`. */
	reason: string;
}

/**
 * The cookie's signature verifies with a publicly known secret (`forgeable-session`), as the signature
 * check found beforehand (src/core/forgeable/find-known-secrets.ts, asynchronous, so not in the rules).
 * Absent when nothing was checked or nothing matched.
 */
export interface ForgeableFact {
	format: SignedFormat;
	/** Where the secret is known from ("built-in: express-session README example"); never the secret. */
	source: string;
}

export interface AuditSubject {
	cookie: Cookie;
	/**
	 * The input does not record SameSite (a Netscape cookies.txt): `cookie.sameSite` is a placeholder, the
	 * report says "unknown", and the rules that judge SameSite stay silent.
	 */
	sameSiteUnknown?: true;
	header?: HeaderOrigin;
	setBy?: SetBy;
	signIn?: SignInFact;
	signOut?: SignOutFact;
	sample?: SampleFact;
	forgeable?: ForgeableFact;
}

export interface AuditInput {
	subjects: readonly AuditSubject[];
	/** Epoch seconds. Core never reads the clock. */
	now: number;
	settings: Settings;
	/** URLs of the pages that use these cookies: the tab and its frames, or the URLs the CLI fetched. */
	pageUrls: readonly string[];
	/** HSTS per observed https host, when responses were observed (extension, HAR, URL input). */
	hsts?: readonly HostHsts[];
}
