/**
 * Name heuristics when a cookie is in none of the known tables. Session-like words follow
 * OWASP Session Management Cheat Sheet ("Session ID Name Fingerprinting": PHPSESSID, JSESSIONID, …)
 * and what peers look for (mozilla/http-observatory: "session", "sess", "sid", "login", "token").
 */

import { findWord } from "./name-words.ts";

const SESSION_WORDS =
	/sess|(?:^|[^a-z])sid(?:$|[^a-z])|^sid|sid$|auth|token|login|jwt|remember|logged_?in|identity|sso|access_?key/i;

/** Names that describe the visitor, device or preferences rather than a login. */
const BENIGN_WORDS =
	/visitor|anon|device|tracking|analytics|consent|pref|lang|locale|theme|timezone|currency|country|region|experiment|variant|ab_?test|utm|banner|dismiss|seen|cart/i;

/** Values that are flags (a remember-me checkbox, a logged-in hint), not secrets. */
const FLAG_VALUE = /^(?:|true|false|yes|no|on|off|0|1|-1|null|undefined|deleted)$/i;

/** The session-like word in a name, if any. */
export function sessionWordIn(name: string): string | undefined {
	return SESSION_WORDS.exec(name)?.[0].replace(/[^A-Za-z_]/g, "");
}

/**
 * Words, as whole words of the name (name-words.ts), that say the cookie serves the infrastructure or
 * records something about a visit, not a login:
 * - load balancing: "affinity" (Azure Application Gateway `ApplicationGatewayAffinity`, Heroku
 *   `heroku-session-affinity`), "sticky" and "route"/"routing" (HAProxy, Traefik and NGINX sticky
 *   sessions), "ingress" (ingress-nginx `INGRESSCOOKIE`, "Sticky sessions"), "balancer", "backend";
 * - what the cookie records: a "tracker", an "expiry" time, a "redirect" or "callback" target, a
 *   "history" or "replay" of the visit, "messages" to show once (Django's messages framework), a
 *   "referrer", the "landing" page, a "captcha" pass, a "rollout" bucket, a "logger" or "metrics" id, a
 *   "geoip" location, the "state" of a sign-in flow (the OAuth 2.0 `state` parameter, RFC 6749 §10.12, that
 *   auth libraries keep in a cookie), a "vary" or "cache" key of a page cache (Adobe Commerce
 *   `X-Magento-Vary`, "Cookies": the full-page cache variation).
 */
const PURPOSE_WORDS = [
	"affinity",
	"sticky",
	"ingress",
	"routing",
	"route",
	"balancer",
	"backend",
	"tracker",
	"expiry",
	"redirect",
	"callback",
	"history",
	"replay",
	"messages",
	"referrer",
	"referer",
	"landing",
	"captcha",
	"rollout",
	"logger",
	"metrics",
	"geoip",
	"state",
	"vary",
	"cache",
];

/** The word that marks a name as visitor, device, preference or infrastructure data, if any. */
export function benignWordIn(name: string): string | undefined {
	return BENIGN_WORDS.exec(name)?.[0] ?? purposeWordIn(name);
}

function purposeWordIn(name: string): string | undefined {
	const found = findWord(name, PURPOSE_WORDS);
	return found?.place === "whole" ? found.word : undefined;
}

/** True for values such as `1`, `true` or `deleted` that cannot be a session token. */
export function isFlagValue(value: string): boolean {
	return FLAG_VALUE.test(value.trim());
}
