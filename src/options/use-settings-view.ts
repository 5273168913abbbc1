/**
 * The options page's one conversation with the background: the settings view, and saving settings. The
 * client comes from main.tsx (a fake one in component tests), so this module never loads the browser API.
 */
import { useCallback } from "preact/hooks";
import type { Settings } from "../core/settings/settings.ts";
import type { SettingsView } from "../core/settings/settings-view.ts";
import type { Client } from "../messaging/client.ts";
import { type LoadState, useLoadState } from "../ui/common/use-load-state.ts";

export function useSettingsView(client: Client): {
	state: LoadState<SettingsView>;
	save(settings: Settings): Promise<void>;
} {
	const { state, reload } = useLoadState(() => client("getSettingsView", {}));
	const save = useCallback(
		async (settings: Settings) => {
			await client("setSettings", { settings });
			await reload();
		},
		[client, reload],
	);
	return { state, save };
}
