/**
 * "Expire in N minutes": the same cookie written again with a new expiry and every other attribute as the
 * jar holds it (value, domain or host-only, path, flags, store, partition, first-party domain).
 */

import type { Cookie } from "../../core/cookie.ts";
import { errorMessage } from "../../core/error-message.ts";
import type { CookieReport } from "../../core/report.ts";
import type { ActionResult } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { reasons } from "./action-reasons.ts";
import { canWrite } from "./cookie-access.ts";
import { differences, findInJar } from "./jar-lookup.ts";
import type { SavedCookie } from "./saved-cookie.ts";

type JarDeps = Pick<BackgroundDeps, "cookies" | "permissions">;

/** What differs between the caller's report and the jar now: the caller decided on what it saw. */
function changedSinceReport(report: CookieReport, stored: Cookie): string[] {
	const fields: string[] = [];
	if (report.secure !== stored.secure) fields.push("Secure");
	if (report.httpOnly !== stored.httpOnly) fields.push("HttpOnly");
	if (report.sameSite !== stored.sameSite) fields.push("SameSite");
	const expires = stored.expirationDate ?? null;
	if (
		expires === null || report.expires === null
			? expires !== report.expires
			: Math.abs(expires - report.expires) > 1
	) {
		fields.push("expiry");
	}
	return fields;
}

function outcome(report: CookieReport, wanted: Cookie, stored: Cookie, refusal?: string): ActionResult {
	const updated: CookieReport = { ...report, expires: stored.expirationDate ?? null };
	const other = differences(wanted, stored, ["expirationDate"]);
	if (other.length > 0)
		return { cookie: updated, status: "failed", reason: reasons.storedDifferently(other) };
	const at = wanted.expirationDate ?? 0;
	const got = stored.expirationDate;
	if (got === undefined || got > at + 1)
		return { cookie: updated, status: "failed", reason: reasons.notStored(refusal) };
	if (got < at - 1) {
		if (got === report.expires)
			return { cookie: updated, status: "failed", reason: reasons.notStored(refusal) };
		return { cookie: updated, status: "changed", reason: reasons.expiryCapped(got) };
	}
	return { cookie: updated, status: "changed" };
}

/** The cookie as it will be written (the jar's copy with the new expiry), or why it cannot be. */
export async function planExpiry(
	deps: JarDeps,
	report: CookieReport,
	at: number,
): Promise<{ saved: SavedCookie } | { failure: ActionResult }> {
	if (!(await canWrite(deps.permissions, report))) {
		return { failure: { cookie: report, status: "failed", reason: reasons.noAccess(report.domain) } };
	}
	const stored = await findInJar(deps.cookies, report);
	if (!stored) return { failure: { cookie: report, status: "failed", reason: reasons.gone() } };
	const changed = changedSinceReport(report, stored);
	if (changed.length > 0) {
		return { failure: { cookie: report, status: "failed", reason: reasons.changedMeanwhile(changed) } };
	}
	return { saved: { cookie: { ...stored, session: false, expirationDate: at }, report } };
}

/** Writes the planned cookie and says what the jar made of its expiry. */
export async function applyExpiry(
	deps: JarDeps,
	{ cookie: wanted, report }: SavedCookie,
): Promise<ActionResult> {
	let refusal: string | undefined;
	await deps.cookies.set(wanted).catch((error: unknown) => {
		refusal = errorMessage(error);
	});
	const after = await findInJar(deps.cookies, report);
	if (!after) return { cookie: report, status: "failed", reason: reasons.notStored(refusal) };
	return outcome(report, wanted, after, refusal);
}
