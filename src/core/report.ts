/**
 * The report contract (docs/design.md, "Report contract"): shared by the CLI, the extension's
 * export and its message API. Other tools parse it: extend, never break.
 */
import type { PartitionKey, SameSite } from "./cookie.ts";

export const REPORT_SCHEMA = "session-hygiene/report@1";

export type Severity = "high" | "medium" | "low" | "info";
export type Role = "session" | "csrf" | "other";
export type Grade = "A+" | "A" | "B" | "C" | "D" | "F";
export type SourceKind = "browser" | "url" | "har" | "headers";

export interface Finding {
	rule: string;
	severity: Severity;
	/** One line naming the exact cookie. */
	message: string;
	fix?: string;
}

export interface CookieReport {
	name: string;
	/** Only when the user explicitly asked for values. */
	value?: string;
	domain: string;
	hostOnly: boolean;
	path: string;
	secure: boolean;
	httpOnly: boolean;
	sameSite: SameSite;
	/** Epoch seconds; null for a browser-session cookie. */
	expires: number | null;
	partitionKey: PartitionKey | null;
	storeId?: string;
	firstPartyDomain?: string;
	role: Role;
	roleReason: string;
	findings: Finding[];
}

export interface SiteReport {
	/** Registrable domain (eTLD+1); the host for IPs and localhost. */
	site: string;
	score: number;
	grade: Grade;
	cookies: CookieReport[];
}

export interface RejectedCookie {
	setCookie: string;
	url: string;
	reason: string;
	message: string;
}

export interface Report {
	schema: typeof REPORT_SCHEMA;
	tool: { name: "session-hygiene"; version: string };
	/** ISO 8601. */
	generatedAt: string;
	source: { kind: SourceKind; url?: string };
	sites: SiteReport[];
	rejected: RejectedCookie[];
}
