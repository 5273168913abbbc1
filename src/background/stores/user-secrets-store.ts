/**
 * The user's own secrets for `forgeable-session` (the options page's "Your secrets"): checked like the
 * known ones so a team can make sure its staging secret is not signing its sessions. Kept in
 * `storage.local` only: never `storage.sync`, which the browser may copy to the user's other devices, and
 * never shown back (the page and every reply give the count alone).
 */
import { secretLines } from "../../core/forgeable/secret-lines.ts";
import { USER_SECRETS_LIMITS } from "../../core/forgeable/user-secrets-limits.ts";
import type { StoragePort } from "../../platform/storage-port.ts";

const KEY = "userSecrets";

export async function loadUserSecrets(local: StoragePort): Promise<string[]> {
	const stored = await local.get<unknown>(KEY);
	return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === "string" && s !== "") : [];
}

/** The secrets of `text`, one a line (secret-lines.ts), or a one-line reason it is refused. */
export function parseUserSecrets(
	text: string,
): { ok: true; secrets: string[] } | { ok: false; error: string } {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > USER_SECRETS_LIMITS.bytes)
		return {
			ok: false,
			error: `the list is too large: ${bytes} bytes (at most ${USER_SECRETS_LIMITS.bytes})`,
		};
	if (text.includes("\u0000")) return { ok: false, error: "not a text file (one secret a line)" };
	const secrets = secretLines(text);
	if (secrets.length > USER_SECRETS_LIMITS.secrets)
		return {
			ok: false,
			error: `the list has ${secrets.length} secrets (at most ${USER_SECRETS_LIMITS.secrets})`,
		};
	return { ok: true, secrets };
}

export async function saveUserSecrets(local: StoragePort, secrets: readonly string[]): Promise<void> {
	if (secrets.length === 0) await local.remove([KEY]);
	else await local.set({ [KEY]: secrets });
}
