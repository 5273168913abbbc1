/** Types for deterministic-zip.mjs (the scripts stay plain Node ESM so they run without a loader). */
export function deterministicZip(files: readonly { path: string; data: Buffer }[]): Buffer;
