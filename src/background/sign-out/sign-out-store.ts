/**
 * The sign-out tests in `storage.session` only (docs/privacy.md): one per site and store, the saved
 * session cookies with their values (as a snapshot holds them) and what the test saw.
 */
import type { SignOutFact } from "../../core/audit-input.ts";
import { identityKey } from "../../core/cookie.ts";
import type { ReplayAnswer } from "../../core/sign-out/replay-answer.ts";
import type { SignOutPhase } from "../../core/sign-out/sign-out-test.ts";
import type { StoragePort } from "../../platform/storage-port.ts";
import type { SavedCookie } from "../jar/saved-cookie.ts";

const KEY = "signOutTests";

export interface SignOutTest {
	site: string;
	storeId: string;
	tabId: number;
	phase: SignOutPhase;
	/** Epoch milliseconds. */
	startedMs: number;
	/** The page the tab showed when the test began (signed in): the page loaded again after the restore. */
	pageUrl?: string;
	/** The site's session cookies when the test began: what is restored after the sign-out. */
	saved: SavedCookie[];
	signedOutMs?: number;
	signedOutBy?: string;
	/** The session cookies as the sign-out left them: what is put back at the end. */
	after?: SavedCookie[];
	replayMs?: number;
	answer?: string;
	replay?: ReplayAnswer;
	verdict?: "revoked" | "not-revoked";
	putBack?: boolean;
	problems?: string[];
}

type Tests = Record<string, SignOutTest>;

export const testKey = (site: string, storeId: string) => `${storeId}\u0000${site}`;

export async function loadSignOutTests(session: StoragePort): Promise<Tests> {
	return (await session.get<Tests>(KEY)) ?? {};
}

export async function saveSignOutTests(session: StoragePort, tests: Tests): Promise<void> {
	await session.set({ [KEY]: tests });
}

/** Each saved cookie's fact from the finished tests that found the session still accepted. */
export async function signOutFacts(session: StoragePort): Promise<Map<string, SignOutFact>> {
	const facts = new Map<string, SignOutFact>();
	for (const test of Object.values(await loadSignOutTests(session))) {
		if (test.verdict !== "not-revoked") continue;
		for (const { cookie, report } of test.saved) {
			if (report.role !== "session") continue;
			facts.set(identityKey(cookie), {
				timeMs: test.signedOutMs ?? test.startedMs,
				answer: test.answer ?? "",
			});
		}
	}
	return facts;
}
