/**
 * Playwright's storage state (`browserContext.storageState({ path })`, https://playwright.dev/docs/api/class-browsercontext#browser-context-storage-state):
 * `{cookies: [{name, value, domain, path, expires, httpOnly, secure, sameSite}], origins: [...]}`, the jar of
 * a test that signed in. `expires` is epoch seconds, -1 for a session cookie; `sameSite` is "Strict",
 * "Lax" or "None". A `domain` with a leading dot is a Domain cookie, without one host-only, as the browsers
 * report them. Playwright reports a cookie without SameSite as "Lax" in Chromium
 * (microsoft/playwright, packages/playwright-core/src/server/chromium/crBrowser.ts, `doGetCookies`:
 * `{ sameSite: 'Lax', ...c }`), so from a storage state `samesite-missing` cannot fire: the file does not
 * say. Only the fields read are checked; `origins` (local storage) is left alone.
 */
import type { Cookie } from "../../core/cookie.ts";
import { fromToolCookie } from "../../core/shapes/tool-cookie.ts";
import { CliError, oneLine } from "../cli-error.ts";
import { stripBom } from "./strip-bom.ts";
import { check, checkArray, checkObject, isString, type Path } from "./value-checks.ts";

const SAME_SITES = new Set(["Strict", "Lax", "None"]);

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isBoolean = (x: unknown): x is boolean => typeof x === "boolean";
const isSameSite = (x: unknown): x is string => typeof x === "string" && SAME_SITES.has(x);

/** Checks the fields a storage state must have, naming the first bad one; reads it as any Playwright cookie. */
function readCookie(value: unknown, path: Path): Cookie {
	const c = checkObject(value, path);
	check(c.name, `${path}.name`, isString, "a string");
	check(c.value, `${path}.value`, isString, "a string");
	check(c.domain, `${path}.domain`, isString, "a domain");
	check(c.path, `${path}.path`, isString, "a path");
	check(c.expires, `${path}.expires`, isFiniteNumber, "epoch seconds or -1");
	check(c.secure, `${path}.secure`, isBoolean, "true or false");
	check(c.httpOnly, `${path}.httpOnly`, isBoolean, "true or false");
	if (c.sameSite !== undefined)
		check(c.sameSite, `${path}.sameSite`, isSameSite, '"Strict", "Lax" or "None"');
	// A `session` field would make it read as Puppeteer's shape; a storage state has none.
	const { session: _, ...playwright } = c;
	return fromToolCookie(playwright, path);
}

export interface StorageStateInput {
	cookies: Cookie[];
	/** The origins the state has local storage for: the pages the test visited. */
	pageUrls: string[];
}

/** Parses a storage state file's text; a CliError names the file and the first bad field. */
export function readStorageState(text: string, file: string): StorageStateInput {
	let json: unknown;
	try {
		json = JSON.parse(stripBom(text));
	} catch (error) {
		throw new CliError(`storage state ${file} is not JSON: ${oneLine(error)}`);
	}
	try {
		const state = checkObject(json, "the storage state");
		const cookies = checkArray(state.cookies, "cookies", readCookie);
		const origins = state.origins === undefined ? [] : checkArray(state.origins, "origins", readOrigin);
		return { cookies, pageUrls: [...new Set(origins)] };
	} catch (error) {
		throw new CliError(`storage state ${file}: ${oneLine(error)}`);
	}
}

function readOrigin(value: unknown, path: Path): string {
	return check(checkObject(value, path).origin, `${path}.origin`, isString, "an origin");
}
