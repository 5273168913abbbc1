/** The synchronous digest the core's time-hash test needs (src/core/sample/structure/time-hash-test.ts). */
import { createHash } from "node:crypto";
import type { HexDigest } from "../../core/sample/structure/time-hash-test.ts";

export const nodeDigest: HexDigest = (algorithm, text) => createHash(algorithm).update(text).digest("hex");
