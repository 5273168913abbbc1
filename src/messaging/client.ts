/** The pages' side of the Protocol: one typed call per message; a refused request becomes an Error. */
import { createBrowserPageEnv } from "../platform/page-env.ts";
import { createBrowserPermissionPort } from "../platform/permission-port.ts";
import { createBrowserRuntimePort, type RuntimePort } from "../platform/runtime-port.ts";
import type { MessageType, Protocol, Reply, ResponseOf } from "./protocol.ts";

export type Client = <K extends MessageType>(
	type: K,
	request: Protocol[K]["request"],
) => Promise<ResponseOf<K>>;

export function createClient(runtime: RuntimePort = createBrowserRuntimePort()): Client {
	return async (type, request) => {
		const reply = (await runtime.sendMessage({ ...request, type })) as Reply<never> | undefined;
		if (!reply) throw new Error(`The background did not answer "${type}".`);
		if (!reply.ok) throw new Error(reply.error);
		return reply.value;
	};
}

/**
 * Asks the user for host access. It must run in the page's click handler: both browsers require a user
 * gesture for `permissions.request`, and a round trip through the background would lose it.
 */
export function requestHostAccess(origins: string[]): Promise<boolean> {
	return createBrowserPermissionPort().requestOrigins(origins);
}

/**
 * The tab a page is about: `?tabId=` when a page was opened for a given tab (tests, the overview),
 * otherwise the active tab of the popup's window.
 */
export async function currentTabId(search: string): Promise<number> {
	const fromQuery = Number(new URLSearchParams(search).get("tabId"));
	if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
	const id = await createBrowserPageEnv().activeTabId();
	if (id === undefined) throw new Error("There is no active tab to inspect.");
	return id;
}

/** Localised strings from _locales through the browser's i18n. */
export function getMessage(key: string, substitutions?: string[]): string {
	return createBrowserPageEnv().message(key, substitutions);
}
