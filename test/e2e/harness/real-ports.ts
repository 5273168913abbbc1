/**
 * The real storage and tab ports, driven from the test process: in-page-ports.ts is bundled (with
 * webextension-polyfill, as in the extension) and run in an extension page, and each port call is
 * forwarded there. So the contract suites in src/platform/testing run against the very code the background
 * runs, in the real browsers.
 */
import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";
import type { StorageAreaName, StoragePort } from "../../../src/platform/storage-port.ts";
import type { TabPort } from "../../../src/platform/tab-port.ts";
import type { BrowserPage } from "./browser-page.ts";
import type { InPagePorts, TabEventKind } from "./in-page-ports.ts";

let bundle: Promise<string> | undefined;

/** One IIFE of in-page-ports.ts and what it imports, built once per test file. */
function inPageBundle(): Promise<string> {
	bundle ??= build({
		configFile: false,
		logLevel: "warn",
		build: {
			write: false,
			minify: false,
			target: "es2022",
			lib: {
				entry: fileURLToPath(new URL("./in-page-ports.ts", import.meta.url)),
				formats: ["iife"],
				name: "ports",
			},
		},
	}).then((out) => {
		const [result] = Array.isArray(out) ? out : [out];
		const chunk = (result as Rolldown.RolldownOutput).output[0];
		return chunk.code;
	});
	return bundle;
}

type Ports = { sessionHygienePorts: InPagePorts };

/** Calls `sessionHygienePorts.<path>(...args)` in the page. */
function call<T>(page: BrowserPage, path: string, args: unknown[]): Promise<T> {
	return page.evaluate(
		async ([p, a]) => {
			const names = p.split(".");
			const method = names.pop() ?? "";
			let target = (globalThis as unknown as Ports).sessionHygienePorts as unknown as Record<string, unknown>;
			for (const name of names) target = target[name] as Record<string, unknown>;
			return (target[method] as (...xs: unknown[]) => unknown).apply(target, a);
		},
		[path, args] as const,
	) as Promise<T>;
}

export interface RealPorts {
	tabs: TabPort;
	storage(area: StorageAreaName): StoragePort;
	/** Stops collecting tab events; call before the browser closes. */
	stop(): void;
}

/**
 * Installs the ports in `page` (an extension page: only there do the extension APIs exist). Tab events
 * are collected about every 50 ms and handed to the listeners registered in the test process.
 */
export async function installRealPorts(page: BrowserPage): Promise<RealPorts> {
	// Extension pages forbid eval (MV3 CSP); the bundle travels as the body of the evaluated function, which
	// the automation protocols run outside the page's CSP (as axe-core does in popup-look.ts).
	await page.evaluate(new Function(await inPageBundle()) as () => void, undefined);
	const listeners: Record<TabEventKind, ((tabId: number) => void)[]> = {
		navigated: [],
		activated: [],
		removed: [],
	};
	let collecting = true;
	const collect = async () => {
		while (collecting) {
			// Fails once the page or browser has gone; there is nothing to collect then.
			const events = await call<[TabEventKind, number][]>(page, "takeEvents", []).catch(() => []);
			for (const [kind, tabId] of events) for (const l of listeners[kind]) l(tabId);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	};
	collect();
	const tabs: TabPort = {
		get: (tabId) => call(page, "tabs.get", [tabId]),
		frameUrls: (tabId) => call(page, "tabs.frameUrls", [tabId]),
		allTabIds: () => call(page, "tabs.allTabIds", []),
		onNavigated: (l) => listeners.navigated.push(l),
		onActivated: (l) => listeners.activated.push(l),
		onRemoved: (l) => listeners.removed.push(l),
		reload: (tabId) => call(page, "tabs.reload", [tabId]),
	};
	const storage = (area: StorageAreaName): StoragePort => ({
		get: (key) => call(page, `storage.${area}.get`, [key]),
		entries: (prefix) => call(page, `storage.${area}.entries`, [prefix]),
		set: (items) => call(page, `storage.${area}.set`, [items]),
		remove: (keys) => call(page, `storage.${area}.remove`, [keys]),
	});
	return {
		tabs,
		storage,
		stop: () => {
			collecting = false;
		},
	};
}
