/**
 * Cookies in requests, as getTabReport reported them. The identity is checked in full (name, domain,
 * host-only, path, store, partition, first-party domain: docs/protocol.md, "Cookies in requests and
 * replies"), so an action can only ever address one exact cookie; the rest is checked because actions
 * compare it with the jar (flags, expiry) or hand it back in their results.
 */
import type { PartitionKey, SameSite } from "../../core/cookie.ts";
import type { CookieReport, Finding, Role, RoleConfidence } from "../../core/report.ts";
import { SEVERITIES } from "../../core/severity.ts";
import {
	child,
	type Field,
	finite,
	flag,
	list,
	oneOf,
	own,
	REQUEST_LIMITS,
	record,
	refuse,
	text,
} from "./field-checks.ts";

const SAME_SITES: readonly SameSite[] = ["strict", "lax", "none", "unspecified"];
const ROLES: readonly Role[] = ["session", "csrf", "other"];
const ROLE_CONFIDENCES: readonly RoleConfidence[] = ["known", "likely", "guess"];

/**
 * A host (at most 253 characters, RFC 1035 §2.3.4, and a leading dot): not empty, and nothing that would
 * turn the URL our writes go through into another one.
 */
function domain(value: unknown, at: Field): string {
	const ok = typeof value === "string" && value.length <= 254 && /^[^\s/\\?#@]+$/.test(value);
	return ok ? value : refuse(at, "a cookie's domain (a host name)", value);
}

/** Browsers report every cookie's path from the root (RFC 6265bis §5.1.4, "default-path"). */
function path(value: unknown, at: Field): string {
	const p = text(value, at);
	return p.startsWith("/") ? p : refuse(at, "a path starting with /", value);
}

function partitionKey(value: unknown, at: Field): PartitionKey | null {
	if (value === null) return null;
	const key = record(value, at, "null or {topLevelSite}");
	return { topLevelSite: text(own(key, "topLevelSite"), child(at, "topLevelSite")) };
}

function finding(value: unknown, at: Field): Finding {
	const f = record(value, at, "a finding {rule, severity, message}");
	const fix = own(f, "fix");
	return {
		rule: text(own(f, "rule"), child(at, "rule")),
		severity: oneOf(own(f, "severity"), child(at, "severity"), SEVERITIES),
		message: text(own(f, "message"), child(at, "message")),
		...(fix === undefined ? {} : { fix: text(fix, child(at, "fix")) }),
	};
}

function expires(value: unknown, at: Field): number | null {
	return value === null ? null : finite(value, at, "epoch seconds (0 or more) or null");
}

/** One cookie, rebuilt from the fields it has: nothing else of the request reaches a handler. */
export function cookieReport(value: unknown, at: Field): CookieReport {
	const c = record(value, at, "a cookie as getTabReport reported it");
	const field = (name: keyof CookieReport) => [own(c, name), child(at, name)] as const;
	const optionalText = (name: "value" | "firstPartyDomain") => {
		const [v, where] = field(name);
		return v === undefined ? {} : { [name]: text(v, where) };
	};
	return {
		name: text(...field("name")),
		...optionalText("value"),
		domain: domain(...field("domain")),
		hostOnly: flag(...field("hostOnly")),
		path: path(...field("path")),
		secure: flag(...field("secure")),
		httpOnly: flag(...field("httpOnly")),
		sameSite: oneOf(...field("sameSite"), SAME_SITES),
		expires: expires(...field("expires")),
		partitionKey: partitionKey(...field("partitionKey")),
		storeId: text(...field("storeId"), "a cookie store id"),
		...optionalText("firstPartyDomain"),
		role: oneOf(...field("role"), ROLES),
		roleReason: text(...field("roleReason")),
		// Optional in a request: actions do not read the role, and older callers do not send it.
		roleConfidence:
			own(c, "roleConfidence") === undefined ? "likely" : oneOf(...field("roleConfidence"), ROLE_CONFIDENCES),
		findings: list(...field("findings"), "a list of findings", finding, REQUEST_LIMITS.findings),
	};
}

export function cookieList(value: unknown, at: Field): CookieReport[] {
	return list(value, at, "a list of cookies as getTabReport reported them", cookieReport);
}
