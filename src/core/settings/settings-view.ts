/** What the options page shows: the user's own settings, what the audit uses, and what policy locked. */
import { applyManaged } from "./apply-managed.ts";
import type { SettingsIssue } from "./field-checks.ts";
import type { Settings } from "./settings.ts";

export interface SettingsView {
	/** As the user saved them (storage.sync). */
	own: Settings;
	/** What every audit uses: `own` with the administrator's managed values on top. */
	effective: Settings;
	/** Keys set by policy (storage.managed), shown locked. */
	locked: (keyof Settings)[];
	/** Managed values that were refused, so an administrator can see why a policy does not apply. */
	managedIssues: SettingsIssue[];
	/** Saved values this version no longer accepts: left out of `own`, named so the user can fix them. */
	droppedIssues: SettingsIssue[];
}

export function settingsView(
	own: Settings,
	managed: unknown,
	dropped: readonly SettingsIssue[] = [],
): SettingsView {
	const { settings, locked, issues } = applyManaged(own, managed);
	return { own, effective: settings, locked, managedIssues: issues, droppedIssues: [...dropped] };
}
