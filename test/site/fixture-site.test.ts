import { createServer } from "node:net";
import { checkServerIdentity } from "node:tls";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { APP_HOST, type FixtureSite, startFixtureSite, WIDGET_HOST } from "./fixture-site.ts";
import { requestSite } from "./testing/request-site.ts";

let site: FixtureSite;
beforeAll(async () => {
	site = await startFixtureSite();
});
afterAll(() => site.close());

describe("fixture site server", () => {
	test("binds random free ports and builds URLs on them", () => {
		expect(site.httpPort).toBeGreaterThan(0);
		expect(site.httpsPort).not.toBe(site.httpPort);
		expect(site.url(APP_HOST, "/echo")).toBe(`https://${APP_HOST}:${site.httpsPort}/echo`);
		expect(site.url("localhost", "/", "http")).toBe(`http://localhost:${site.httpPort}/`);
	});

	test("/echo returns the Cookie header it received, uncached", async () => {
		const res = await requestSite(site, { path: "/echo?x=1", cookie: "a=1; b=2" });
		expect(JSON.parse(res.body)).toEqual({ cookie: "a=1; b=2", host: APP_HOST, path: "/echo?x=1" });
		expect(res.headers["cache-control"]).toBe("no-store");
		const bare = await requestSite(site, { path: "/echo", scheme: "http" });
		expect(JSON.parse(bare.body).cookie).toBeNull();
	});

	test("records what every request carried, on both schemes", async () => {
		const before = site.requests.length;
		await requestSite(site, { host: "other.example.test", path: "/nowhere", scheme: "http", cookie: "z=9" });
		const recorded = site.requests.slice(before);
		expect(recorded).toEqual([
			expect.objectContaining({ method: "GET", host: "other.example.test", path: "/nowhere", cookie: "z=9" }),
		]);
		expect(recorded[0]?.time).toBeGreaterThan(Date.now() - 10_000);
	});

	test("answers unknown paths with an uncached 404", async () => {
		const res = await requestSite(site, { path: "/missing" });
		expect(res.status).toBe(404);
		expect(res.headers["cache-control"]).toBe("no-store");
	});

	test("the https certificate covers every fake host, localhost and 127.0.0.1, but nothing else", async () => {
		const res = await requestSite(site, { host: WIDGET_HOST, path: "/echo" });
		const cert = res.peerCertificate;
		if (cert === undefined) throw new Error("no certificate");
		for (const name of [...site.hosts, "localhost", "127.0.0.1"]) {
			expect(checkServerIdentity(name, cert), name).toBeUndefined();
		}
		expect(checkServerIdentity("evil.test", cert)).toBeInstanceOf(Error);
	});
});

describe("starting and stopping", () => {
	test("close() frees both ports", async () => {
		const other = await startFixtureSite();
		await requestSite(other, { path: "/echo" }); // a connection that must not hold the port
		await other.close();
		for (const port of [other.httpPort, other.httpsPort]) {
			await expect(canListen(port)).resolves.toBe(true);
		}
	});

	test("a port in use rejects with a message naming the port and the way out", async () => {
		const attempt = startFixtureSite({ httpPort: site.httpPort });
		await expect(attempt).rejects.toThrow(`http port ${site.httpPort} on 127.0.0.1 is already in use`);
		await expect(attempt).rejects.toThrow("httpPort");
		const httpsAttempt = startFixtureSite({ httpsPort: site.httpsPort });
		await expect(httpsAttempt).rejects.toThrow(/https port \d+ .*httpsPort/);
	});
});

function canListen(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once("error", () => resolve(false));
		server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
	});
}
