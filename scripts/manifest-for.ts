/**
 * Derives each browser's manifest from the one top-level manifest.json.
 * The version always comes from package.json, the one source of the version.
 */
export type Target = "chrome" | "firefox";

/** Pinned so the moz-extension:// origin and the add-on's storage survive reinstalls. */
export const GECKO_ID = "session-hygiene@session-hygiene.dev";

type Manifest = Record<string, unknown> & {
	manifest_version: 3;
	name: string;
	background: { service_worker: string; type?: string };
	permissions?: string[];
};
type TargetManifest = Record<string, unknown> & { manifest_version: 3; name: string; version: string };

export function manifestFor(base: Manifest, target: Target, version: string): TargetManifest {
	const manifest: TargetManifest = { ...base, version };
	if (target === "chrome") return manifest;
	// Firefox MV3 runs the background as an event page: `background.scripts`, not `service_worker`
	// (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/background).
	manifest.background = { scripts: [base.background.service_worker], type: "module" };
	// Firefox has no "split" incognito mode (MDN manifest.json/incognito): private-window cookies live in
	// their own cookie store (firefox-private), which the extension addresses by storeId instead.
	delete manifest.incognito;
	// Only Firefox has containers; their names come from contextualIdentities (docs/permissions.md).
	manifest.permissions = [...(base.permissions ?? []), "contextualIdentities"];
	delete manifest.minimum_chrome_version;
	manifest.browser_specific_settings = {
		gecko: {
			id: GECKO_ID,
			// data_collection_permissions needs 140 on desktop (docs/browser-quirks.md, "Firefox manifest: gecko id and data_collection_permissions").
			strict_min_version: "140.0",
			data_collection_permissions: { required: ["none"] },
		},
		// …and 142 on Android (docs/browser-quirks.md; web-ext lint KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
		gecko_android: { strict_min_version: "142.0" },
	};
	return manifest;
}
