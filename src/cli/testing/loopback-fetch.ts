/**
 * A fetch that resolves every host name to 127.0.0.1, so `audit <url>` can reach the fixture site's fake
 * hosts (app.example.test …) by name: Node's own fetch ignores a Host header and has no resolver hook
 * without the undici package. It is the CLI's own http fetch with a lookup.
 */
import type { LookupFunction } from "node:net";
import { createHttpFetch } from "../inputs/http-fetch.ts";

const toLoopback = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
	if (options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
	else callback(null, "127.0.0.1", 4);
}) as unknown as LookupFunction;

/** `ca`: the certificate to trust for https (the fixture site's self-signed one). */
export function createLoopbackFetch(ca: string): typeof globalThis.fetch {
	return createHttpFetch({ ca, lookup: toLoopback });
}
