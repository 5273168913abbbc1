/**
 * The extension's side of `forgeable-session` (docs/design.md, "Version 2"): the signature check runs in
 * the background after a report is shown, never before it. A report takes the verdicts already known
 * and starts a check of the rest; when the check is done the sites' reports are recomputed, and the
 * popup, told `signaturesPending`, asks again (docs/protocol.md, getTabReport).
 *
 * Verdicts are kept per signed value (verdict-key.ts: the cookie's name and a SHA-256 of the signed text,
 * never the value), in memory only: a restarted background checks again. The secrets are the built-in
 * documented examples, the user's own list (options page), then the vendored wallarm/jwt-secrets
 * wordlist, read from the extension's own package the first time a cookie has a signature to check.
 * The verdicts hold for one list: a new list of the user's forgets them.
 */
import type { ForgeableFact } from "../../core/audit-input.ts";
import type { Cookie } from "../../core/cookie.ts";
import { BUILT_IN_SECRETS } from "../../core/forgeable/built-in-secrets.ts";
import { findKnownSecrets } from "../../core/forgeable/find-known-secrets.ts";
import type { KnownSecret } from "../../core/forgeable/known-secret.ts";
import { gunzipText, secretLines } from "../../core/forgeable/secret-lines.ts";
import { signedCandidates } from "../../core/forgeable/signed-candidates.ts";
import type { SignedCandidate } from "../../core/forgeable/signed-format.ts";
import { verdictKey } from "../../core/forgeable/verdict-key.ts";
import { siteOf } from "../../core/site/site-key.ts";

export const WORDLIST_SOURCE = "wallarm/jwt-secrets wordlist";
/** What a finding says of one of the user's secrets: the secret itself is never shown. */
export const USER_SOURCE = "your secrets list";
/** Where scripts/build.mjs puts the wordlist in the extension's package. */
export const WORDLIST_FILE = "forgeable/wallarm-jwt-secrets.txt.gz";

/** Verdicts kept at most; the oldest go first (a verdict is cheap to find again for a few values). */
const MAX_VERDICTS = 5_000;

export interface SignatureCheckDeps {
	subtle: SubtleCrypto;
	/** The gzipped wordlist, one secret a line (WORDLIST_FILE). */
	wordlist: () => Promise<Uint8Array<ArrayBuffer>>;
	/** The user's own secrets (stores/user-secrets-store.ts). */
	userSecrets: () => Promise<readonly string[]>;
	/** Verdicts for these sites' cookies are in: their reports are stale. */
	checked: (sites: string[]) => void;
}

export interface CookieVerdicts {
	/** By the cookie's index in the list given: what matched. */
	facts: Map<number, ForgeableFact>;
	/** Some cookie's signature is still being checked (started by this call or an earlier one). */
	pending: boolean;
}

export interface SignatureChecks {
	verdicts(cookies: readonly Cookie[]): Promise<CookieVerdicts>;
	/** Resolves once no check is running or waiting. */
	idle(): Promise<void>;
	/** The user's list changed: every verdict is forgotten, and the next reports check again. */
	reset(): void;
}

interface Queued {
	candidate: SignedCandidate;
	site: string;
}

export function createSignatureChecks(deps: SignatureCheckDeps): SignatureChecks {
	/** verdict key → the match, or null when no known secret signs it. */
	const known = new Map<string, ForgeableFact | null>();
	const queued = new Map<string, Queued>();
	let running: Promise<void> | undefined;
	let secrets: Promise<KnownSecret[]> | undefined;

	const readWordlist = async (): Promise<KnownSecret[]> => {
		try {
			const lines = secretLines(await gunzipText(await deps.wordlist()));
			return lines.map((secret) => ({ secret, source: WORDLIST_SOURCE }));
		} catch (error) {
			// Checked without it rather than not at all; said where it can be read.
			console.error("Session Hygiene: the known-secrets wordlist could not be read", error);
			return [];
		}
	};
	let wordlist: Promise<KnownSecret[]> | undefined;
	const readSecrets = async (): Promise<KnownSecret[]> => {
		wordlist ??= readWordlist();
		const [user, listed] = await Promise.all([deps.userSecrets(), wordlist]);
		return [...BUILT_IN_SECRETS, ...user.map((secret) => ({ secret, source: USER_SOURCE })), ...listed];
	};
	const loadSecrets = () => {
		secrets ??= readSecrets();
		return secrets;
	};

	const remember = (key: string, fact: ForgeableFact | null) => {
		known.delete(key);
		known.set(key, fact);
		if (known.size > MAX_VERDICTS) {
			const oldest = known.keys().next().value;
			if (oldest !== undefined) known.delete(oldest);
		}
	};

	let generation = 0;
	const checkQueued = async () => {
		while (queued.size > 0) {
			const batch = [...queued.entries()];
			const started = generation;
			const list = await loadSecrets();
			// Re-indexed: each queued candidate stands for its own cookie here.
			const candidates = batch.map(([, q], i) => ({ ...q.candidate, cookie: i }));
			let matches: Awaited<ReturnType<typeof findKnownSecrets>> = [];
			try {
				matches = await findKnownSecrets(candidates, list, { subtle: deps.subtle });
			} catch (error) {
				console.error("Session Hygiene: signature check failed", error);
			}
			// Checked against a list the user has replaced meanwhile: checked again.
			if (started !== generation) continue;
			const byIndex = new Map(matches.map((m) => [m.cookie, m]));
			batch.forEach(([key], i) => {
				const match = byIndex.get(i);
				remember(key, match ? { format: match.format, source: match.source } : null);
				queued.delete(key);
			});
			deps.checked([...new Set(batch.map(([, q]) => q.site))]);
		}
	};

	const start = () => {
		running ??= checkQueued().finally(() => {
			running = undefined;
			// Queued after the loop's last look: checked in a new run.
			if (queued.size > 0) start();
		});
	};

	return {
		async verdicts(cookies) {
			const facts = new Map<number, ForgeableFact>();
			let pending = false;
			const candidates = signedCandidates(cookies);
			if (candidates.length === 0) return { facts, pending };
			for (const candidate of candidates) {
				const cookie = cookies[candidate.cookie];
				if (cookie === undefined) continue;
				const key = await verdictKey(deps.subtle, cookie.name, candidate);
				const verdict = known.get(key);
				if (verdict === undefined) {
					pending = true;
					if (!queued.has(key)) queued.set(key, { candidate, site: siteOf(cookie.domain) });
				} else if (verdict !== null && !facts.has(candidate.cookie)) {
					facts.set(candidate.cookie, verdict);
				}
			}
			if (pending) start();
			return { facts, pending };
		},
		async idle() {
			while (running) await running;
		},
		reset() {
			generation++;
			known.clear();
			secrets = undefined;
		},
	};
}
