/** `clearCookies`: deletes exactly the given cookies; undo can bring them back. */
import type { CookieReport } from "../../core/report.ts";
import type { ActionReply } from "../../core/tab-report.ts";
import type { BackgroundDeps } from "../deps.ts";
import { deleteAndRemember } from "../jar/delete-and-remember.ts";

export function assertCookieList(cookies: unknown): asserts cookies is CookieReport[] {
	const ok =
		Array.isArray(cookies) &&
		cookies.every(
			(c) =>
				typeof c === "object" && c !== null && typeof c.name === "string" && typeof c.domain === "string",
		);
	if (!ok) throw new Error("Expected `cookies`: a list of cookies as getTabReport reported them.");
}

export async function clearCookies(
	deps: BackgroundDeps,
	request: { cookies: CookieReport[] },
): Promise<ActionReply> {
	assertCookieList(request.cookies);
	return deleteAndRemember(deps, request.cookies, { action: "clearCookies" });
}
