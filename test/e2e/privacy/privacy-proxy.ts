/**
 * A recording forward proxy for the privacy e2e: both browsers send every request through it (pages,
 * the extension's service worker or event page, the browser itself), so it sees what the browser-level
 * request events can miss. It forwards only to the fixture site (the fake hosts, on loopback) and
 * answers everything else with 502 without connecting anywhere: a test never reaches the internet.
 */
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import { connect, type Socket } from "node:net";
import { closeServer, listen } from "../../site/listen.ts";

/** One request the proxy received: `host:port` and, for plain http, the path. */
export interface ProxiedRequest {
	method: string;
	host: string;
	port: number;
	path: string;
}

export interface RecordingProxy {
	port: number;
	/** Every request so far, oldest first. */
	log: ProxiedRequest[];
	close(): Promise<void>;
}

function splitAuthority(authority: string, defaultPort: number): { host: string; port: number } {
	const url = new URL(`http://${authority}`);
	return { host: url.hostname, port: url.port ? Number(url.port) : defaultPort };
}

function tunnel(
	req: IncomingMessage,
	client: Socket,
	head: Buffer,
	log: ProxiedRequest[],
	allowed: Set<string>,
) {
	const { host, port } = splitAuthority(req.url ?? "", 443);
	log.push({ method: "CONNECT", host, port, path: "" });
	if (!allowed.has(host)) {
		client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
		return;
	}
	const upstream = connect(port, "127.0.0.1", () => {
		client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
		upstream.write(head);
		upstream.pipe(client).pipe(upstream);
	});
	const drop = () => {
		upstream.destroy();
		client.destroy();
	};
	upstream.on("error", drop);
	client.on("error", drop);
}

function forward(req: IncomingMessage, res: ServerResponse, log: ProxiedRequest[], allowed: Set<string>) {
	const url = new URL(req.url ?? "/", "http://invalid");
	const port = url.port ? Number(url.port) : 80;
	log.push({ method: req.method ?? "GET", host: url.hostname, port, path: url.pathname + url.search });
	if (!allowed.has(url.hostname)) {
		res.writeHead(502).end();
		return;
	}
	const options = { host: "127.0.0.1", port, path: url.pathname + url.search, method: req.method };
	const upstream = request({ ...options, headers: req.headers }, (answer) => {
		res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
		answer.pipe(res);
	});
	upstream.on("error", () => res.destroy());
	req.pipe(upstream);
}

/** Starts the proxy on loopback; it forwards only to `allowedHosts`, which it resolves to 127.0.0.1. */
export async function startRecordingProxy(allowedHosts: readonly string[]): Promise<RecordingProxy> {
	const log: ProxiedRequest[] = [];
	const allowed = new Set(allowedHosts);
	const server: Server = createServer((req, res) => forward(req, res, log, allowed));
	server.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) =>
		tunnel(req, client, head, log, allowed),
	);
	const port = await listen(server, 0, "127.0.0.1", "proxy");
	return { port, log, close: () => closeServer(server) };
}
