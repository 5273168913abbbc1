/**
 * The local fixture site: one module for the real-browser e2e tests, the CLI's end-to-end tests and
 * `npm start`. The same app is served over http and https on loopback only; browsers reach the fake
 * hosts through HOST_RESOLVER_RULES (Chromium) or FIREFOX_LOCAL_DOMAINS (Firefox).
 */
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createApp, type RecordedRequest } from "./app.ts";
import { fixtureCertificate } from "./certificate.ts";
import type { Scheme } from "./cookie-spec.ts";
import { FIXTURE_HOSTS, type FixtureHost } from "./hosts.ts";
import { closeServer, listen } from "./listen.ts";
import { createSessionStore } from "./session-store.ts";

export type { RecordedRequest } from "./app.ts";
export type { ExpectedCookie, ExpectedPartitionKey, Scheme } from "./cookie-spec.ts";
export { type BrowserName, expectedCookies, type FixturePage } from "./expected-cookies.ts";
export * from "./hosts.ts";

export interface FixtureSiteOptions {
	/** 0 (the default) picks a free port. */
	httpPort?: number;
	httpsPort?: number;
	/** The address to bind; loopback by default, so the site is never reachable from the network. */
	host?: string;
}

export interface FixtureSite {
	httpPort: number;
	httpsPort: number;
	/** `url("app.example.test", "/echo")` → `https://app.example.test:<httpsPort>/echo`. */
	url(host: FixtureHost | (string & {}), path?: string, scheme?: Scheme): string;
	close(): Promise<void>;
	hosts: readonly string[];
	/** Every request either server received, oldest first. */
	requests: RecordedRequest[];
}

export async function startFixtureSite(options: FixtureSiteOptions = {}): Promise<FixtureSite> {
	const bindHost = options.host ?? "127.0.0.1";
	const ports = { http: 0, https: 0 };
	const url: FixtureSite["url"] = (host, path = "/", scheme = "https") =>
		`${scheme}://${host}:${scheme === "https" ? ports.https : ports.http}${path}`;
	const shared = { sessions: createSessionStore(), requests: [] as RecordedRequest[], siteUrl: url };
	const httpServer = createHttpServer(createApp({ scheme: "http", ...shared }));
	const httpsServer = createHttpsServer(
		await fixtureCertificate(),
		createApp({ scheme: "https", ...shared }),
	);
	ports.http = await listen(httpServer, options.httpPort ?? 0, bindHost, "http");
	try {
		ports.https = await listen(httpsServer, options.httpsPort ?? 0, bindHost, "https");
	} catch (error) {
		await closeServer(httpServer);
		throw error;
	}
	return {
		httpPort: ports.http,
		httpsPort: ports.https,
		url,
		hosts: FIXTURE_HOSTS,
		requests: shared.requests,
		close: async () => {
			await Promise.all([closeServer(httpServer), closeServer(httpsServer)]);
		},
	};
}
