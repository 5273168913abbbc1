/**
 * Classifying the labelled set of test/fixtures/roles and scoring it, for src/core/roles/labelled-set.test.ts:
 * entries labelled from the Open Cookie Database are classified with a known-cookie lookup that leaves
 * their platform's entries out.
 */
import labelled from "../../../../test/fixtures/roles/labelled-cookies.json" with { type: "json" };
import type { Cookie } from "../../cookie.ts";
import type { Role } from "../../report.ts";
import { DEFAULT_SETTINGS } from "../../settings/settings.ts";
import { classifyRole, type RoleConfidence, type RoleContext } from "../classify-role.ts";
import { createKnownCookieLookup, type KnownCookieLookup, OPEN_COOKIE_DATABASE } from "../known-cookies.ts";

/** The precision and recall each role is to reach (src/core/roles/labelled-set.test.ts asserts a floor until then). */
export const LABELLED_SET_MIN_PRECISION_RECALL = 0.95;

export interface Labelled {
	name: string;
	role: string;
	site: string;
	value: string;
	httpOnly?: boolean;
	secure?: boolean;
	expiresDays?: number;
	setBy?: string;
	kind: string;
	source: string;
	ocdPlatform?: string;
}

export const ENTRIES: readonly Labelled[] = labelled;
export const ROLES: readonly Role[] = ["session", "csrf", "other"];
const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z

/**
 * The cookie as a browser stores it: a vendor's cookie on its domain, a first-party one host-only on
 * app.example.com. Flags the source leaves open are taken as absent, as on a careless site.
 */
function cookieOf(e: Labelled): Cookie {
	const firstParty = e.site === "example.com";
	return {
		name: e.name,
		value: e.value,
		domain: firstParty ? "app.example.com" : `.${e.site}`,
		hostOnly: firstParty,
		path: "/",
		secure: e.secure ?? false,
		httpOnly: e.httpOnly ?? false,
		sameSite: "unspecified",
		session: e.expiresDays === undefined,
		...(e.expiresDays === undefined ? {} : { expirationDate: NOW + Math.round(e.expiresDays * 86_400) }),
	};
}

const heldOut = new Map<string, KnownCookieLookup>();

function lookupWithout(platform: string): KnownCookieLookup {
	let lookup = heldOut.get(platform);
	if (!lookup) {
		lookup = createKnownCookieLookup(OPEN_COOKIE_DATABASE, { excludePlatforms: [platform] });
		heldOut.set(platform, lookup);
	}
	return lookup;
}

export interface Outcome {
	entry: Labelled;
	predicted: Role;
	confidence: RoleConfidence;
	reason: string;
}

export interface ClassifyOptions {
	/** Leave the entry's Open Cookie Database platform out (default); false: the whole database, as shipped. */
	heldOut?: boolean;
	/** Tell the classifier who wrote the cookie where the source says, as the extension does where it observed it. */
	setBy?: boolean;
}

/** One entry's verdict. */
export function classify(e: Labelled, options: ClassifyOptions = {}): Outcome {
	const context: RoleContext = {};
	if ((options.heldOut ?? true) && e.ocdPlatform !== undefined)
		context.knownCookie = lookupWithout(e.ocdPlatform);
	if (options.setBy && (e.setBy === "script" || e.setBy === "server")) {
		context.setBy = { writer: e.setBy, serverIssuedValue: false };
	}
	const verdict = classifyRole(cookieOf(e), e.site, DEFAULT_SETTINGS, undefined, context);
	return { entry: e, predicted: verdict.role, confidence: verdict.confidence, reason: verdict.reason };
}

export interface RoleFigures {
	role: Role;
	labelled: number;
	predicted: number;
	correct: number;
}

export function figures(outcomes: readonly Outcome[]): RoleFigures[] {
	return ROLES.map((role) => ({
		role,
		labelled: outcomes.filter((o) => o.entry.role === role).length,
		predicted: outcomes.filter((o) => o.predicted === role).length,
		correct: outcomes.filter((o) => o.entry.role === role && o.predicted === role).length,
	}));
}

export const ratio = (n: number, of: number) => (of === 0 ? 1 : n / of);
const percent = (n: number, of: number) => `${(100 * ratio(n, of)).toFixed(1)}%`.padStart(7);

export function table(title: string, outcomes: readonly Outcome[]): string {
	const rows = figures(outcomes).map(
		(f) =>
			`${f.role.padEnd(8)} ${String(f.labelled).padStart(8)} ${String(f.predicted).padStart(9)} ${percent(f.correct, f.predicted)}   ${percent(f.correct, f.labelled)}`,
	);
	const correct = outcomes.filter((o) => o.entry.role === o.predicted).length;
	return [
		`${title}: ${outcomes.length} cookies, ${percent(correct, outcomes.length).trim()} right`,
		"role     labelled predicted precision  recall",
		...rows,
	].join("\n");
}

const CONFIDENCES: readonly RoleConfidence[] = ["known", "likely", "guess"];

/** How often a verdict of each confidence is right, per predicted role. */
export function confidenceTable(title: string, outcomes: readonly Outcome[]): string {
	const cell = (confidence: RoleConfidence, role: Role) => {
		const given = outcomes.filter((o) => o.confidence === confidence && o.predicted === role);
		const right = given.filter((o) => o.entry.role === role).length;
		return `${right}/${given.length}`.padStart(9);
	};
	return [
		`${title}: right/given per confidence and predicted role`,
		`confidence ${ROLES.map((r) => r.padStart(9)).join("")}`,
		...CONFIDENCES.map((c) => `${c.padEnd(10)} ${ROLES.map((r) => cell(c, r)).join("")}`),
	].join("\n");
}

/** Wrong verdicts by labelled → predicted role and kind, with a few names each. */
export function mistakes(outcomes: readonly Outcome[]): string {
	const groups = new Map<string, Outcome[]>();
	for (const o of outcomes.filter((x) => x.entry.role !== x.predicted)) {
		const key = `${o.entry.role} → ${o.predicted} (${o.entry.kind})`;
		groups.set(key, [...(groups.get(key) ?? []), o]);
	}
	return [...groups.entries()]
		.sort((a, b) => b[1].length - a[1].length)
		.map(
			([key, os]) =>
				`${String(os.length).padStart(4)}  ${key}: ${os
					.slice(0, 6)
					.map((o) => o.entry.name)
					.join(", ")}`,
		)
		.join("\n");
}
