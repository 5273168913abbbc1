/**
 * The CLI's peer in `npm run bench`: the minimal HAR-to-jar script with tough-cookie. It reads the HAR
 * named by its argument, JSON.parses it, and applies every response Set-Cookie to its entry's URL with
 * `setCookieSync`, at the entry's time; it prints the number of cookies in the jar.
 */
import { readFileSync } from "node:fs";
import { CookieJar } from "tough-cookie";

const har = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8"));
const jar = new CookieJar();
for (const entry of har.log.entries) {
	const now = new Date(entry.startedDateTime);
	for (const { name, value } of entry.response.headers) {
		if (name.toLowerCase() === "set-cookie")
			jar.setCookieSync(value, entry.request.url, { now, ignoreError: true });
	}
}
console.log(jar.serializeSync()?.cookies.length ?? 0);
