/** Stopping the extension's service worker from a test through CDP (docs/browser-quirks.md, "Stopping the background from a test"). */
import type { BrowserContext, CDPSession } from "playwright-core";

type Versions = { versions: { scriptURL: string; runningStatus: string }[] };

/** A CDP session on a page that is already open: opening a tab would fire tabs events that wake the worker again. */
function cdpSession(context: BrowserContext): Promise<CDPSession> {
	const page = context.pages()[0];
	if (!page) throw new Error("stopping the background needs an open page for its CDP session.");
	return context.newCDPSession(page);
}

function ourVersionsStopped(extensionOrigin: string, { versions }: Versions): boolean {
	const ours = versions.filter((v) => v.scriptURL.startsWith(extensionOrigin));
	return ours.length > 0 && ours.every((v) => v.runningStatus === "stopped");
}

/**
 * Terminates the extension's service worker as Chrome does after 30 s idle, through CDP's
 * `ServiceWorker.stopAllWorkers` (https://chromedevtools.github.io/devtools-protocol/tot/ServiceWorker/),
 * and waits for CDP to report it stopped (Playwright emits no "close" for a stopped worker).
 */
export async function stopServiceWorker(context: BrowserContext, extensionOrigin: string): Promise<void> {
	const cdp = await cdpSession(context);
	try {
		const stopped = new Promise<void>((resolve) => {
			cdp.on("ServiceWorker.workerVersionUpdated", (update: Versions) => {
				if (ourVersionsStopped(extensionOrigin, update)) resolve();
			});
		});
		await cdp.send("ServiceWorker.enable");
		await cdp.send("ServiceWorker.stopAllWorkers");
		await stopped;
	} finally {
		await cdp.detach();
	}
}

/**
 * Opens the CDP session and turns the ServiceWorker domain on ahead, so that the returned stop is a
 * single `ServiceWorker.stopAllWorkers`: it lands within milliseconds, in the middle of whatever the worker
 * is doing, as Chrome's own stop may (docs/browser-quirks.md, "Idle backgrounds are stopped"). The stop
 * returns once CDP reports the worker stopped.
 */
export async function armServiceWorkerStop(
	context: BrowserContext,
	extensionOrigin: string,
): Promise<() => Promise<void>> {
	const cdp = await cdpSession(context);
	let stopping = false;
	let resolveStopped = () => {};
	const stopped = new Promise<void>((resolve) => {
		resolveStopped = resolve;
	});
	// Only reports after the stop count: the worker may have been reported stopped before it woke again.
	cdp.on("ServiceWorker.workerVersionUpdated", (update: Versions) => {
		if (stopping && ourVersionsStopped(extensionOrigin, update)) resolveStopped();
	});
	await cdp.send("ServiceWorker.enable");
	return async () => {
		try {
			stopping = true;
			await cdp.send("ServiceWorker.stopAllWorkers");
			await stopped;
		} finally {
			await cdp.detach();
		}
	};
}
