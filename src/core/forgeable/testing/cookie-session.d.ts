// cookie-session 2.1.1 ships no types and @types/cookie-session is not a dependency: the one call the tests
// make, as its index.js documents it.
declare module "cookie-session" {
	import type { IncomingMessage, ServerResponse } from "node:http";

	interface CookieSessionOptions {
		name?: string;
		keys?: string[];
	}

	export default function cookieSession(
		options: CookieSessionOptions,
	): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
