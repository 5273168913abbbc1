/**
 * Which cookie `sample` measures: the one named by `--cookie`, or the session cookie the role
 * classifier (src/core/roles/classify-role.ts) is surest of among those the first visit received —
 * known before likely before a guess, then the order the server sent them. The classification goes
 * through the audit so the role, its confidence and its reason are the ones a report would show.
 */
import { auditSites } from "../../core/audit/audit-sites.ts";
import type { CookieReport, RoleConfidence } from "../../core/report.ts";
import { DEFAULT_SETTINGS } from "../../core/settings/settings.ts";
import { CliError } from "../cli-error.ts";
import type { Visit } from "./collect-sample.ts";

export interface PickedCookie {
	name: string;
	role: CookieReport["role"];
	roleConfidence: RoleConfidence;
	roleReason: string;
	/** Why this cookie: `named by --cookie`, or the classifier's pick. */
	pickedBy: string;
}

const RANK: Record<RoleConfidence, number> = { known: 0, likely: 1, guess: 2 };

function classified(first: Visit, nowMs: number): CookieReport[] {
	const sites = auditSites({
		subjects: first.subjects,
		now: Math.floor(nowMs / 1000),
		settings: structuredClone({ ...DEFAULT_SETTINGS }),
		pageUrls: first.visited,
	});
	return sites.flatMap((s) => s.cookies);
}

const listOf = (cookies: readonly CookieReport[]) =>
	cookies.length === 0 ? "none" : cookies.map((c) => `${c.name} (${c.role})`).join(", ");

export function pickCookie(first: Visit, url: string, name: string | undefined, nowMs: number): PickedCookie {
	const cookies = classified(first, nowMs);
	const of = (c: CookieReport, pickedBy: string): PickedCookie => ({
		name: c.name,
		role: c.role,
		roleConfidence: c.roleConfidence,
		roleReason: c.roleReason,
		pickedBy,
	});
	if (name !== undefined) {
		const named = cookies.find((c) => c.name === name);
		if (!named) throw new CliError(`${url} sets no cookie named "${name}" (it sets: ${listOf(cookies)})`);
		return of(named, "named by --cookie");
	}
	const sessions = cookies
		.filter((c) => c.role === "session")
		.sort((a, b) => RANK[a.roleConfidence] - RANK[b.roleConfidence]);
	const best = sessions[0];
	if (!best) {
		throw new CliError(
			`${url} sets no session cookie to a fresh visitor (cookies set: ${listOf(cookies)}); name one with --cookie <name>`,
		);
	}
	const others = sessions.length > 1 ? `, of ${sessions.length} session cookies` : "";
	return of(best, `the role classifier's surest session cookie${others}`);
}
