/**
 * `setUserSecrets` and `getUserSecrets`: the options page's "Your secrets" for `forgeable-session`. The
 * list is stored (stores/user-secrets-store.ts) and the verdicts made with the old one are forgotten, so
 * every tab is audited again; replies give the count alone, never a secret.
 */
import type { StoragePort } from "../../../platform/storage-port.ts";
import type { SignatureChecks } from "../../forgeable/signature-checks.ts";
import { loadUserSecrets, parseUserSecrets, saveUserSecrets } from "../../stores/user-secrets-store.ts";
import type { RefreshScheduler } from "../../tab-reports/refresh-scheduler.ts";

export interface UserSecretsDeps {
	local: StoragePort;
	signatures: Pick<SignatureChecks, "reset">;
}

export async function setUserSecrets(
	deps: UserSecretsDeps,
	scheduler: Pick<RefreshScheduler, "allTabs">,
	request: { text: string },
): Promise<{ count: number }> {
	const parsed = parseUserSecrets(request.text);
	if (!parsed.ok) throw new Error(parsed.error);
	await saveUserSecrets(deps.local, parsed.secrets);
	deps.signatures.reset();
	scheduler.allTabs();
	return { count: parsed.secrets.length };
}

export async function getUserSecrets(deps: Pick<UserSecretsDeps, "local">): Promise<{ count: number }> {
	return { count: (await loadUserSecrets(deps.local)).length };
}
