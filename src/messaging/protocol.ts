/**
 * The message API between the extension's pages and its background: one map types both the request and
 * the reply of every message. It is a public contract (design.md, "Extension behaviour"; docs/protocol.md).
 * Messages are plain structured-clone data: no classes, Maps or Dates; times in epoch seconds.
 */
import type { SiteReport } from "../core/report.ts";

export interface TabReport {
	tabId: number;
	url: string;
	storeId: string;
	/** "missing" when the user has withheld host access to the tab's site. */
	access: "granted" | "missing";
	/** False for pages whose cookies no extension may read (chrome://, about:, file:, extension pages). */
	inspectable: boolean;
	incognito: boolean;
	/** The tab's own site first, then the sites of its frames. */
	sites: SiteReport[];
}

export interface Protocol {
	getTabReport: { request: { tabId: number }; response: TabReport };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = { type: K } & Protocol[K]["request"];
export type ResponseOf<K extends MessageType> = Protocol[K]["response"];
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers = { [K in MessageType]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };

export const MESSAGE_TYPES: readonly MessageType[] = ["getTabReport"];

export function isRequest(message: unknown): message is RequestOf<MessageType> {
	if (typeof message !== "object" || message === null) return false;
	const type = (message as { type?: unknown }).type;
	return typeof type === "string" && (MESSAGE_TYPES as readonly string[]).includes(type);
}
