/** The options page's one conversation with the background: the settings view, and saving settings. */
import { useCallback } from "preact/hooks";
import type { Settings } from "../core/settings/settings.ts";
import type { SettingsView } from "../core/settings/settings-view.ts";
import { createClient } from "../messaging/client.ts";
import { type LoadState, useLoadState } from "../ui/shared/use-load-state.ts";

export function useSettingsView(): {
	state: LoadState<SettingsView>;
	save(settings: Settings): Promise<void>;
} {
	const { state, reload } = useLoadState(() => createClient()("getSettingsView", {}));
	const save = useCallback(
		async (settings: Settings) => {
			await createClient()("setSettings", { settings });
			await reload();
		},
		[reload],
	);
	return { state, save };
}
