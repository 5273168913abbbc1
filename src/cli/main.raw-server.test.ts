/** `audit <url>` against real loopback servers that answer with raw bytes (node:net), over the CLI's fetch. */
import { createServer, type Socket } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import type { Report } from "../core/report.ts";
import { createHttpFetch } from "./inputs/http-fetch.ts";
import { oneErrorLine, runCli } from "./testing/cli-harness.ts";

const servers: { close(): void }[] = [];
afterEach(() => {
	for (const server of servers.splice(0)) server.close();
});

/** A server that reads the request head and answers with `answer` (bytes, or a reset). */
async function rawServer(answer: (socket: Socket) => void): Promise<string> {
	const server = createServer((socket) => {
		socket.on("error", () => undefined);
		socket.once("data", () => answer(socket));
	});
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	if (address === null || typeof address === "string") throw new Error("no port");
	return `http://127.0.0.1:${address.port}/`;
}

/** A 200 response with `bytes` of filler headers after one Set-Cookie. */
function bigHeaders(bytes: number): string {
	const filler: string[] = [];
	for (let i = 0, size = 0; size < bytes; i++) {
		const line = `x-filler-${i}: ${"a".repeat(1000)}\r\n`;
		filler.push(line);
		size += line.length;
	}
	return `HTTP/1.1 200 OK\r\nset-cookie: sid=1; Path=/; HttpOnly\r\n${filler.join("")}content-length: 0\r\nconnection: close\r\n\r\n`;
}

const fetch = createHttpFetch();

describe("audit <url> (raw loopback servers)", () => {
	test("20 KB of response headers are read (undici's fetch stops at 16 KB)", async () => {
		const url = await rawServer((socket) => socket.end(bigHeaders(20 * 1024)));
		const run = await runCli(["audit", url, "--format", "json", "--fail-on", "none"], { fetch });
		expect(run.stderr).toBe("");
		const names = (JSON.parse(run.stdout) as Report).sites.flatMap((s) => s.cookies.map((c) => c.name));
		expect(names).toEqual(["sid"]);
	});

	test("300 KB of response headers: one line naming the URL and the limit, exit 2", async () => {
		const url = await rawServer((socket) => socket.end(bigHeaders(300 * 1024)));
		const run = await runCli(["audit", url], { fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(`${url} sent response headers larger than 256 KB`);
	});

	test("a connection reset: one line naming the URL, exit 2", async () => {
		const url = await rawServer((socket) => socket.resetAndDestroy());
		const run = await runCli(["audit", url], { fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(`127.0.0.1:${new URL(url).port} closed the connection (${url})`);
	});

	test("a response without a status line: one line with the parser's code, no internal assertion text", async () => {
		const url = await rawServer((socket) => socket.end("garbage\r\nset-cookie: a=1\r\n\r\n"));
		const run = await runCli(["audit", url], { fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(`${url} sent a malformed HTTP response (HPE_INVALID_CONSTANT)`);
	});

	test("a control character in a Set-Cookie: that cookie is refused with its reason, the rest is audited", async () => {
		const head = "HTTP/1.1 200 OK\r\nset-cookie: ctl=a\u0001b\r\nset-cookie: sid=1; Path=/; HttpOnly\r\n";
		const url = await rawServer((socket) =>
			socket.end(`${head}content-length: 0\r\nconnection: close\r\n\r\n`),
		);
		const run = await runCli(["audit", url, "--format", "json", "--fail-on", "none"], { fetch });
		expect(run.stderr).toBe("");
		const report = JSON.parse(run.stdout) as Report;
		expect(report.rejected).toEqual([
			{
				setCookie: "ctl=a\u0001b",
				url,
				reason: "invalid-characters",
				message: 'Refused cookie "ctl": it contains a control character.',
			},
		]);
		expect(report.sites.flatMap((s) => s.cookies.map((c) => c.name))).toEqual(["sid"]);
	});

	test("a NUL in a response's headers (which Headers refuses): each of its Set-Cookie is listed as refused", async () => {
		const head = "HTTP/1.1 200 OK\r\nset-cookie: bad=a\u0000b\r\nset-cookie: sid=1; Path=/\r\n";
		const url = await rawServer((socket) =>
			socket.end(`${head}content-length: 0\r\nconnection: close\r\n\r\n`),
		);
		const run = await runCli(["audit", url, "--format", "json", "--fail-on", "none"], { fetch });
		expect(run.stderr).toBe("");
		const report = JSON.parse(run.stdout) as Report;
		const why =
			"the response's headers contain a NUL character, and browsers store no cookie from such a response";
		expect(report.rejected).toEqual([
			{
				setCookie: "bad=a\u0000b",
				url,
				reason: "invalid-characters",
				message: `Refused cookie "bad": ${why}.`,
			},
			{
				setCookie: "sid=1; Path=/",
				url,
				reason: "invalid-characters",
				message: `Refused cookie "sid": ${why}.`,
			},
		]);
		expect(report.sites).toEqual([]);
	});

	test("a server that accepts the request and never answers: --timeout ends it with one line, exit 2", async () => {
		const url = await rawServer(() => undefined);
		const run = await runCli(["audit", url, "--timeout", "0.2"], { fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(`no response from ${url} within 0.2 s (see --timeout)`);
	});

	test("a refused connection: one line naming the URL, exit 2", async () => {
		const url = await rawServer(() => undefined);
		servers.splice(0)[0]?.close();
		const run = await runCli(["audit", url], { fetch });
		expect(run.code).toBe(2);
		expect(oneErrorLine(run)).toBe(`cannot connect to 127.0.0.1:${new URL(url).port}: ECONNREFUSED (${url})`);
	});
});
