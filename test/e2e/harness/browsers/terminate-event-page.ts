/**
 * Firefox: ends the extension's event page at once, through the call behind about:debugging's
 * "Terminate Background Script" button (docs/browser-quirks.md, "Stopping the background from a test").
 * The button calls `ExtensionParent.DebugUtils.terminateBackgroundScript(id)`, which calls the extension's
 * `terminateBackground({ignoreDevToolsAttached: true})` (Firefox's
 * devtools/server/actors/descriptors/webextension.js and toolkit/components/extensions/parent/ext-backgroundPage.js).
 * This calls the same method from a script in the browser's own (chrome) window, which WebDriver BiDi
 * reaches with `"moz:scope": "chrome"` when Firefox runs with `--remote-allow-system-access`
 * (docs/testing.md, "Firefox harness").
 *
 * `disableResetIdleForTest` is the one difference: without it Firefox keeps an event page running once
 * more while a listener's promise is pending (an action in flight), and ends it only at the next idle
 * timeout; with it, it ends the page now, which is the moment a test of an interrupted action needs.
 */
import type { Browser } from "puppeteer-core";

interface BidiConnection {
	send(method: string, params: object): Promise<{ result: unknown }>;
}

type Evaluated =
	| { type: "success"; result: { type: string; value?: unknown } }
	| { type: "exception"; exceptionDetails: { text: string } };

/** Runs in the chrome window, so it names nothing from this module: the gecko id comes as its argument. */
const TERMINATE = `async (id) => {
	const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
	const extension = ExtensionParent.GlobalManager.getExtension(id);
	if (!extension) return "not installed";
	const before = extension.backgroundState;
	await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
	return before + " -> " + extension.backgroundState;
}`;

function connectionOf(browser: Browser): BidiConnection {
	// puppeteer-core 24 keeps its BiDi connection out of its typings (as in private-window.ts).
	return (browser as unknown as { connection: BidiConnection }).connection;
}

async function chromeWindow(connection: BidiConnection): Promise<string> {
	const tree = (await connection.send("browsingContext.getTree", { "moz:scope": "chrome", maxDepth: 0 }))
		.result as { contexts: { context: string; url: string }[] };
	const window = tree.contexts.find((c) => c.url === "chrome://browser/content/browser.xhtml");
	if (!window) throw new Error(`no browser window among the chrome contexts: ${JSON.stringify(tree)}`);
	return window.context;
}

/**
 * Finds the browser window ahead and returns the stop: one BiDi command, which returns once Firefox
 * reports the event page stopped, and throws if it was not running or did not stop.
 */
export async function armEventPageStop(browser: Browser, geckoId: string): Promise<() => Promise<void>> {
	const connection = connectionOf(browser);
	const context = await chromeWindow(connection);
	return async () => {
		const reply = (
			await connection.send("script.callFunction", {
				functionDeclaration: TERMINATE,
				arguments: [{ type: "string", value: geckoId }],
				target: { context },
				awaitPromise: true,
			})
		).result as Evaluated;
		if (reply.type === "exception")
			throw new Error(`terminateBackground threw: ${reply.exceptionDetails.text}`);
		if (reply.result.value !== "running -> stopped")
			throw new Error(`Firefox did not stop the event page: ${String(reply.result.value)}`);
	};
}
