/**
 * An administrator's settings for Firefox, the way Firefox reads them without touching the machine: a
 * managed-storage native manifest in the user's home (MDN "Native manifests", Linux:
 * `~/.mozilla/managed-storage/<extension id>.json`), with a throw-away home for the browser process.
 * Chromium reads extension policy only from system-wide files (/etc/chromium/policies/managed), which a
 * test must not write, so there is no Chromium counterpart.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GECKO_ID } from "../../../../scripts/manifest-for.ts";

export interface ManagedHome {
	/** The environment to start Firefox with: this home instead of the user's. */
	env: Record<string, string | undefined>;
	remove(): Promise<void>;
}

export async function managedStorageHome(settings: Record<string, unknown>): Promise<ManagedHome> {
	const home = await mkdtemp(join(tmpdir(), "session-hygiene-home-"));
	const dir = join(home, ".mozilla", "managed-storage");
	await mkdir(dir, { recursive: true });
	const manifest = {
		name: GECKO_ID,
		description: "Session Hygiene test policy",
		type: "storage",
		data: settings,
	};
	await writeFile(join(dir, `${GECKO_ID}.json`), JSON.stringify(manifest));
	return {
		env: { ...process.env, HOME: home },
		remove: () => rm(home, { recursive: true, force: true }),
	};
}
