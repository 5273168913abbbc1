/**
 * The bench's large HAR: entries of the shape browsers export (HAR 1.2,
 * http://www.softwareishard.com/blog/har-12-spec/): request and response headers, cookies arrays,
 * timings and a small response body, as "Export HAR (with sensitive data)" writes them. Each entry sets
 * a cookie of its own (so the jar ends with about one cookie per entry, as a long crawl does) and
 * refreshes its site's session cookie; names and flags come from the same mix as the others. The entries
 * go to 500 registrable domains, about 100 each: no site reaches the jar's per-site limit of 180 cookies,
 * so the audit sees every cookie.
 */
import { NAMES } from "./header-mix.ts";
import { seededRandom } from "./seeded-random.ts";

const STARTED = Date.UTC(2026, 10, 1);
const FLAGS = ["Path=/", "Secure", "HttpOnly", "SameSite=Lax", "SameSite=None", "Max-Age=86400"];

function header(name: string, value: string) {
	return { name, value };
}

function setCookies(i: number, next: () => number, site: string): string[] {
	const value = Array.from({ length: 24 }, () => Math.floor(next() * 36).toString(36)).join("");
	const own = [`${NAMES[i % NAMES.length]}_${i}=${value}`, ...FLAGS.filter(() => next() < 0.45)];
	if (next() < 0.3) own.push(`Domain=${site}`);
	const session = `sessionid=${value.slice(0, 16)}; Path=/; HttpOnly; Secure; SameSite=Lax`;
	return [own.join("; "), session];
}

/** The response's `cookies` array entry for a Set-Cookie header: its name and value. */
function harCookie(setCookie: string) {
	const pair = setCookie.split(";", 1)[0] ?? "";
	return { name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1) };
}

function entry(i: number, next: () => number) {
	const site = `site${i % 500}.com`;
	const url = `https://app.${site}/account/page${i % 7}?q=${i}`;
	const cookies = setCookies(i, next, site);
	const body = JSON.stringify({ id: i, items: Array.from({ length: 8 }, (_, k) => `item-${i}-${k}`) });
	return {
		startedDateTime: new Date(STARTED + i * 1000).toISOString(),
		time: 42,
		request: {
			method: "GET",
			url,
			httpVersion: "HTTP/2",
			headers: [
				header(":authority", `app.${site}`),
				header("accept", "application/json, text/plain, */*"),
				header("accept-language", "en-GB,en;q=0.9"),
				header("user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36"),
				header("referer", `https://app.${site}/account/`),
			],
			cookies: [],
			queryString: [{ name: "q", value: String(i) }],
			headersSize: -1,
			bodySize: 0,
		},
		response: {
			status: 200,
			statusText: "",
			httpVersion: "HTTP/2",
			headers: [
				header("content-type", "application/json; charset=utf-8"),
				header("cache-control", "no-store"),
				header("date", new Date(STARTED + i * 1000).toUTCString()),
				...cookies.map((c) => header("set-cookie", c)),
			],
			cookies: cookies.map(harCookie),
			content: { size: body.length, mimeType: "application/json", text: body },
			redirectURL: "",
			headersSize: -1,
			bodySize: body.length,
		},
		cache: {},
		timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0, wait: 38, receive: 3 },
	};
}

/** A HAR of `entries` entries as its file text; the same text for the same count. */
export function benchHar(entries: number): string {
	const next = seededRandom(entries);
	const log = {
		version: "1.2",
		creator: { name: "session-hygiene bench", version: "1" },
		pages: [],
		entries: Array.from({ length: entries }, (_, i) => entry(i, next)),
	};
	return JSON.stringify({ log });
}
