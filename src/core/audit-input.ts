/** What an audit runs on: cookies (from a browser jar or stored from headers) and their context. */
import type { Cookie } from "./cookie.ts";
import type { Settings } from "./settings/settings.ts";

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

export interface AuditSubject {
	cookie: Cookie;
	header?: HeaderOrigin;
}

export interface AuditInput {
	subjects: readonly AuditSubject[];
	/** Epoch seconds. Core never reads the clock. */
	now: number;
	settings: Settings;
	/** URLs of the pages that use these cookies: the tab and its frames, or the URLs the CLI fetched. */
	pageUrls: readonly string[];
}
