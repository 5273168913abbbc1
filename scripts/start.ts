/**
 * `npm start`: builds (done by the npm script), serves the fixture site as a demo and, when there is a
 * display, opens Chromium (or Firefox with `--firefox`) with the extension loaded on the demo page.
 * Without a display it prints where the builds are and how to load them, and exits 0
 * (`--serve` keeps the demo site running anyway).
 */

import { launchBrowser } from "../test/e2e/harness/browsers/browsers.ts";
import { DIST_CHROME, DIST_FIREFOX } from "../test/e2e/harness/browsers/dist-paths.ts";
import { APP_HOST, type FixtureSite, startFixtureSite } from "../test/site/fixture-site.ts";

const args = new Set(process.argv.slice(2));
const browserName = args.has("--firefox") ? "firefox" : "chromium";
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

async function startDemoSite(): Promise<FixtureSite> {
	try {
		return await startFixtureSite({ httpPort: 8080, httpsPort: 8443 });
	} catch (error) {
		console.log(`${(error as Error).message}\nUsing free ports instead.`);
		return startFixtureSite();
	}
}

function printUrls(site: FixtureSite): void {
	console.log("Demo site (fixture site, loopback only):");
	console.log(`  in the launched browser   ${site.url(APP_HOST, "/")}`);
	console.log(
		`  in any browser            http://localhost:${site.httpPort}/  and  https://localhost:${site.httpsPort}/`,
	);
	console.log("  (the *.example.test names resolve only inside the browser npm start launches)");
}

function printLoadInstructions(): void {
	console.log(`
No display here, so no browser is opened. The built extension is at:
  Chrome/Chromium: ${DIST_CHROME}
      chrome://extensions → turn on Developer mode → Load unpacked → choose that folder
  Firefox:         ${DIST_FIREFOX}
      about:debugging#/runtime/this-firefox → Load Temporary Add-on… → choose its manifest.json
Run \`npm start -- --serve\` to keep the demo site running for a browser elsewhere on this machine.`);
}

const site = await startDemoSite();
printUrls(site);
if (!hasDisplay) {
	printLoadInstructions();
	if (!args.has("--serve")) {
		await site.close();
		process.exit(0);
	}
	console.log("\nServing until Ctrl+C.");
} else {
	const browser = await launchBrowser(browserName, { headless: false });
	const page = await browser.newPage();
	await page.goto(site.url(APP_HOST, "/"));
	console.log(`\n${browserName} is open with Session Hygiene loaded. Close it or press Ctrl+C to stop.`);
	const stop = () => site.close().finally(() => process.exit(0));
	browser.closed?.then(stop);
	process.on("SIGINT", () => {
		browser.close().finally(stop);
	});
}
