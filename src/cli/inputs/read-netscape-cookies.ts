/**
 * A Netscape cookie file (cookies.txt), as `curl -c` and the browsers' cookie exporters write it. The
 * format, per curl's documentation (https://curl.se/docs/http-cookies.html, "Cookie file format"): one
 * cookie per line, seven TAB-separated fields — domain, include subdomains (TRUE/FALSE), path, Secure
 * (TRUE/FALSE), expires (epoch seconds, 0 for a session cookie), name, value. Lines starting with `#` are
 * comments, except `#HttpOnly_`, curl's prefix on the domain of an HttpOnly cookie. A line of six fields
 * has an empty value (curl's lib/cookie.c: "we got a cookie with blank contents").
 *
 * The format has no SameSite field, so every cookie is read as of unknown SameSite (AuditSubject
 * `sameSiteUnknown`): the SameSite rules stay silent rather than take a missing field for a missing
 * attribute. Nor does it say whether a cookie is partitioned.
 */
import type { Cookie } from "../../core/cookie.ts";
import { CliError } from "../cli-error.ts";
import { stripBom } from "./strip-bom.ts";

const HTTP_ONLY_PREFIX = "#HttpOnly_";
const EXPIRES = /^\d{1,16}$/;

export interface NetscapeCookiesInput {
	cookies: Cookie[];
}

function flag(field: string, what: string): boolean {
	const upper = field.toUpperCase();
	if (upper === "TRUE") return true;
	if (upper === "FALSE") return false;
	throw new Error(`${what} must be TRUE or FALSE (got "${field.slice(0, 40)}")`);
}

function readLine(line: string): Cookie {
	const httpOnly = line.startsWith(HTTP_ONLY_PREFIX);
	const fields = (httpOnly ? line.slice(HTTP_ONLY_PREFIX.length) : line).split("\t");
	if (fields.length === 6) fields.push("");
	if (fields.length !== 7)
		throw new Error(
			`expected 7 TAB-separated fields (domain, subdomains, path, secure, expires, name, value), got ${fields.length}`,
		);
	const [rawDomain = "", subdomains = "", path = "", secure = "", expires = "", name = "", value = ""] =
		fields;
	const bare = rawDomain.replace(/^\./, "").toLowerCase();
	if (bare === "") throw new Error("the domain is empty");
	if (!EXPIRES.test(expires))
		throw new Error(`expires must be epoch seconds or 0 (got "${expires.slice(0, 40)}")`);
	const hostOnly = !flag(subdomains, "include subdomains");
	const expiresAt = Number(expires);
	const cookie: Cookie = {
		name,
		value,
		domain: hostOnly ? bare : `.${bare}`,
		hostOnly,
		path: path === "" ? "/" : path,
		secure: flag(secure, "secure"),
		httpOnly,
		sameSite: "unspecified",
		session: expiresAt === 0,
	};
	if (expiresAt !== 0) cookie.expirationDate = expiresAt;
	return cookie;
}

/** Parses a cookies.txt file's text; a CliError names the file and the first bad line. */
export function readNetscapeCookies(text: string, file: string): NetscapeCookiesInput {
	const cookies: Cookie[] = [];
	if (/^\s*[[{]/.test(stripBom(text)))
		throw new CliError(
			`cookies file ${file} is JSON, not a Netscape cookies.txt: a Playwright storage state goes to --storage-state`,
		);
	const lines = stripBom(text).split(/\r?\n/);
	for (const [index, line] of lines.entries()) {
		if (line.trim() === "" || (line.startsWith("#") && !line.startsWith(HTTP_ONLY_PREFIX))) continue;
		try {
			cookies.push(readLine(line));
		} catch (error) {
			throw new CliError(`cookies file ${file} line ${index + 1}: ${(error as Error).message}`);
		}
	}
	return { cookies };
}
