/**
 * Where the browsers are. Tests never download browsers: they use Debian's `chromium` and `firefox-esr`
 * packages (or CHROMIUM_PATH / FIREFOX_PATH), and fail loudly naming the package when one is missing.
 */
import { existsSync } from "node:fs";
import type { BrowserName } from "../browser-page.ts";

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; pkg: string }> = {
	chromium: {
		env: "CHROMIUM_PATH",
		paths: ["/usr/bin/chromium", "/usr/bin/chromium-browser"],
		pkg: "chromium",
	},
	firefox: { env: "FIREFOX_PATH", paths: ["/usr/bin/firefox-esr", "/usr/bin/firefox"], pkg: "firefox-esr" },
};

export function executablePath(name: BrowserName): string {
	const c = CANDIDATES[name];
	const fromEnv = process.env[c.env];
	const found = fromEnv ? [fromEnv] : c.paths.filter((p) => existsSync(p));
	const path = found[0];
	if (!path || !existsSync(path)) {
		throw new Error(
			`${name} is not installed: install Debian's "${c.pkg}" package (apt-get install -y ${c.pkg}) or set ${c.env}.`,
		);
	}
	return path;
}
