/**
 * Bundled by real-ports.ts and run inside an extension page: the extension's real storage and tab ports
 * (src/platform), exactly as the background builds them, put where the test process can call them. Tab
 * events are queued from the start, for the test process to collect.
 */
import { createBrowserStoragePort, type StorageAreaName } from "../../../src/platform/storage-port.ts";
import { createBrowserTabPort } from "../../../src/platform/tab-port.ts";

export type TabEventKind = "navigated" | "activated" | "removed";

const tabs = createBrowserTabPort();
const events: [TabEventKind, number][] = [];
tabs.onNavigated((tabId) => events.push(["navigated", tabId]));
tabs.onActivated((tabId) => events.push(["activated", tabId]));
tabs.onRemoved((tabId) => events.push(["removed", tabId]));

const AREAS: StorageAreaName[] = ["session", "local", "sync"];

export const inPagePorts = {
	tabs,
	storage: Object.fromEntries(AREAS.map((area) => [area, createBrowserStoragePort(area)])),
	/** The tab events since the last call, oldest first. */
	takeEvents: () => events.splice(0),
};
export type InPagePorts = typeof inPagePorts;

(globalThis as { sessionHygienePorts?: InPagePorts }).sessionHygienePorts = inPagePorts;
