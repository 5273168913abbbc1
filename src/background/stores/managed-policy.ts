/**
 * An administrator's policy (`storage.managed`) without making a report wait for it. The first read after
 * the browser starts can take seconds (docs/browser-quirks.md, "The first storage.managed.get() after
 * launch can be slow"), so a report uses the policy as last read in this browser session (kept in
 * `storage.session`, which outlives a stopped background) and, before any read has finished, the user's
 * own settings alone; when a read brings a policy other than the one assumed, `onChange` re-audits.
 */
import type { StoragePort } from "../../platform/storage-port.ts";

const KEY = "managedPolicy";

export interface ManagedPolicy {
	/** Reads the policy now and remembers it; undefined means none. */
	read(): Promise<unknown>;
	/** The policy as last read in this browser session; undefined before a read has finished. */
	known(): Promise<{ value: unknown } | undefined>;
}

/** No policy, an empty record (Chrome) and a refused read (Firefox) all mean the same: none. */
function policyText(value: unknown): string {
	if (value === undefined || value === null) return "";
	if (typeof value === "object" && Object.keys(value).length === 0) return "";
	return JSON.stringify(value);
}

export function createManagedPolicy(
	readManaged: () => Promise<unknown>,
	session: StoragePort,
	onChange: () => void,
): ManagedPolicy {
	let last: { value: unknown } | undefined;
	const known = async () => {
		if (last) return last;
		const stored = await session.get<{ value?: unknown }>(KEY);
		// storage keeps JSON: no policy is stored as null.
		return stored ? { value: stored.value ?? undefined } : undefined;
	};
	const settle = async (value: unknown) => {
		const assumed = await known();
		last = { value };
		const changed = policyText(assumed?.value) !== policyText(value);
		if (assumed === undefined || changed) await session.set({ [KEY]: { value: value ?? null } });
		if (changed) onChange();
		return value;
	};
	// Each read asks the browser (a read that never answers must not hold up the ones after it).
	const read = () => readManaged().then(settle);
	return { read, known };
}
