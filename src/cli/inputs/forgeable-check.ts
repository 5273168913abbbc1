/**
 * Runs the signature check of `forgeable-session` on every audited cookie before the audit (the rules are
 * synchronous; the check is WebCrypto's and asynchronous), and hands its verdicts to the rule as
 * AuditSubject.forgeable. The wordlist is read only when some cookie has a signature to check.
 */
import type { AuditSubject } from "../../core/audit-input.ts";
import { findKnownSecrets } from "../../core/forgeable/find-known-secrets.ts";
import type { KnownSecret } from "../../core/forgeable/known-secret.ts";
import { signedCandidates } from "../../core/forgeable/signed-candidates.ts";
import type { CliIo } from "../cli-io.ts";
import { createCountProgress } from "../count-progress.ts";
import { allSecrets, loadWordlist } from "./known-secrets.ts";

export async function withForgeable(
	subjects: readonly AuditSubject[],
	userSecrets: readonly KnownSecret[],
	io: CliIo,
): Promise<AuditSubject[]> {
	const candidates = signedCandidates(subjects.map((s) => s.cookie));
	if (candidates.length === 0) return [...subjects];
	const secrets = allSecrets(userSecrets, await loadWordlist(io));
	const progress = createCountProgress(io, "checking signatures against known secrets");
	let matches: Awaited<ReturnType<typeof findKnownSecrets>>;
	try {
		matches = await findKnownSecrets(candidates, secrets, {
			subtle: globalThis.crypto.subtle,
			onProgress: progress.update,
		});
	} finally {
		progress.done();
	}
	const byCookie = new Map(matches.map((m) => [m.cookie, m]));
	return subjects.map((subject, i) => {
		const match = byCookie.get(i);
		return match === undefined
			? subject
			: { ...subject, forgeable: { format: match.format, source: match.source } };
	});
}
