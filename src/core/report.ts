/**
 * The report contract (docs/design.md, "Report contract"): shared by the CLI, the extension's
 * export and its message API. Other tools parse it: extend, never break. In memory every finding holds its
 * fix text (one shared string per distinct text); the JSON form, report@2 ({@link ReportJson}), lists each
 * text once in `fixes` and findings point into it.
 */
import type { PartitionKey, SameSite } from "./cookie.ts";

export const REPORT_SCHEMA = "session-hygiene/report@2";
/** The previous version: every finding carries its own copy of its fix text, and there is no `fixes`. */
export const REPORT_SCHEMA_V1 = "session-hygiene/report@1";

export type Severity = "high" | "medium" | "low" | "info";
export type Role = "session" | "csrf" | "other";
export type Grade = "A+" | "A" | "B" | "C" | "D" | "F";
export type SourceKind = "browser" | "url" | "har" | "headers" | "storage-state" | "cookies-txt";
/** How sure a role is (docs/design.md, "Roles"): from data, from strong evidence, or from weak evidence. */
export type RoleConfidence = "known" | "likely" | "guess";

/** What known-cookie data (the Open Cookie Database) says a cookie is; `category` in lower case. */
export interface KnownAsReport {
	platform: string;
	category: "analytics" | "functional" | "marketing" | "necessary" | "personalization" | "security";
	description?: string;
}

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
	/** "unknown" when the input does not record SameSite (a Netscape cookies.txt). */
	sameSite: SameSite | "unknown";
	/** Epoch seconds; null for a browser-session cookie. */
	expires: number | null;
	partitionKey: PartitionKey | null;
	storeId?: string;
	firstPartyDomain?: string;
	role: Role;
	roleReason: string;
	roleConfidence: RoleConfidence;
	knownAs?: KnownAsReport;
	findings: Finding[];
}

export interface SiteReport {
	/** Registrable domain (eTLD+1); the host for IPs and localhost. */
	site: string;
	score: number;
	grade: Grade;
	cookies: CookieReport[];
}

/** What a browser profile does with a Set-Cookie header (docs/design.md, "Version 2"). */
export type BrowserVerdict = "stored" | "refused";

/** The response that carried a refused Set-Cookie, when it was observed (the extension's webRequest). */
export interface RejectedResponse {
	method: string;
	/** Without query or fragment: they may carry tokens. */
	url: string;
	status: number;
	/** ISO 8601. */
	time: string;
}

export interface RejectedCookie {
	/** The header as received; in the extension its value is masked unless values were asked for. */
	setCookie: string;
	url: string;
	reason: string;
	message: string;
	response?: RejectedResponse;
	/** Only where Chromium and Firefox differ: one refuses the header, the other stores it. */
	browsers?: { chromium: BrowserVerdict; firefox: BrowserVerdict };
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

/** A finding as report@2 writes it: `fixIndex` points into {@link ReportJson.fixes} instead of a `fix` text. */
export type FindingJson = Omit<Finding, "fix"> & { fixIndex?: number };

/** The JSON form of a {@link Report} (docs/report.schema.json). */
export interface ReportJson extends Omit<Report, "sites"> {
	/** Every distinct fix text of the report, once, in order of first use. */
	fixes: string[];
	sites: (Omit<SiteReport, "cookies"> & {
		cookies: (Omit<CookieReport, "findings"> & { findings: FindingJson[] })[];
	})[];
}
