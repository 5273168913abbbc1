/**
 * The options page's one conversation with the background: the settings view, and saving settings. The
 * client comes from main.tsx (a fake one in component tests), so this module never loads the browser API.
 */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { Settings } from "../core/settings/settings.ts";
import type { SettingsView } from "../core/settings/settings-view.ts";
import type { Client } from "../messaging/client.ts";

export type SettingsViewState =
	| { status: "loading" }
	| { status: "ready"; view: SettingsView }
	| { status: "error"; message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useSettingsView(client: Client): {
	state: SettingsViewState;
	save(settings: Settings): Promise<void>;
} {
	const [state, setState] = useState<SettingsViewState>({ status: "loading" });
	const load = useCallback(async () => {
		try {
			setState({ status: "ready", view: await client("getSettingsView", {}) });
		} catch (error) {
			setState({ status: "error", message: message(error) });
		}
	}, [client]);
	useEffect(() => {
		load();
	}, [load]);
	const save = useCallback(
		async (settings: Settings) => {
			await client("setSettings", { settings });
			await load();
		},
		[client, load],
	);
	return { state, save };
}
