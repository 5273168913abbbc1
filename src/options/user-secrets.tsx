/**
 * "Your secrets": the user's own list for `forgeable-session`, imported from a text file (one secret a
 * line) or removed. The page shows how many there are, never a secret (docs/privacy.md).
 */
import { useEffect, useState } from "preact/hooks";
import { USER_SECRETS_LIMITS } from "../core/forgeable/user-secrets-limits.ts";
import type { Client } from "../messaging/client.ts";
import { useT } from "../ui/common/i18n.ts";

type SecretsState = { count?: number; refused?: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function UserSecrets({ client }: { client: Client }) {
	const t = useT();
	const [state, setState] = useState<SecretsState>({});
	useEffect(() => {
		client("getUserSecrets", {}).then(
			({ count }) => setState({ count }),
			(error: unknown) => setState({ refused: errorText(error) }),
		);
	}, [client]);
	const save = async (text: string) => {
		try {
			setState({ count: (await client("setUserSecrets", { text })).count });
		} catch (error) {
			setState((s) => ({ ...s, refused: errorText(error) }));
		}
	};
	const onFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = "";
		if (!file) return;
		// Checked before reading, so a huge file is never loaded into the page.
		if (file.size > USER_SECRETS_LIMITS.bytes) {
			const refused = `the file is too large: ${file.size} bytes (at most ${USER_SECRETS_LIMITS.bytes})`;
			setState((s) => ({ ...s, refused }));
			return;
		}
		await save(await file.text());
	};
	return (
		<section class="import-export" aria-labelledby="user-secrets-title">
			<h2 id="user-secrets-title">{t("optionsSecretsTitle")}</h2>
			<p class="hint">{t("optionsSecretsHelp")}</p>
			<label class="file-button">
				{t("optionsSecretsImport")}
				<input
					type="file"
					accept="text/plain,.txt"
					data-import-secrets
					onChange={(e) => onFile(e.currentTarget)}
				/>
			</label>
			<button type="button" data-clear-secrets disabled={!state.count} onClick={() => save("")}>
				{t("optionsSecretsClear")}
			</button>
			{state.count === undefined ? null : (
				<p role="status" data-secrets-count>
					{t("optionsSecretsCount", [String(state.count)])}
				</p>
			)}
			{state.refused === undefined ? null : (
				<p role="alert" data-secrets-refused>
					{t("optionsSecretsRefused", [state.refused])}
				</p>
			)}
		</section>
	);
}
