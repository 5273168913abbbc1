/**
 * A loopback server for `sample` tests whose session ids come from generators of known quality, one per
 * path: `/counter`, `/time-hex` (milliseconds in hex), `/lcg16` and `/lcg31` (linear congruential
 * generators of 16 and 31 bits), `/java-random` (java.util.Random's nextInt() as Integer.toHexString
 * prints it, through the java-random port), `/random24` (24 random bits), `/padded` (40 random bits and a constant),
 * `/hex`, `/base64url`, `/uuid` (CSPRNG, 128 bits or UUIDv4) and `/signed` (express-session's
 * `s:<id>.<hmac>` through cookie-signature). `/redirect` sets a tracking cookie and redirects to `/hex`;
 * `/none` sets no session cookie, `/fixed` always the same one, `/fail` answers 500. Every request's
 * Cookie and Authorization headers are recorded, so a test can check none was sent.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { sign } from "cookie-signature";
import JavaRandom from "java-random";

export interface SampleServer {
	url(path: string): string;
	/** Each request's path and its Cookie and Authorization headers (undefined when absent). */
	requests: { path: string; cookie: string | undefined; authorization: string | undefined }[];
	close(): Promise<void>;
}

function generators(): Record<string, () => string> {
	let counter = 4_000;
	let lcg16 = 1_234;
	let lcg31 = 42;
	const java = new JavaRandom(1_764_979_200_000);
	return {
		"/counter": () => String(counter++),
		"/time-hex": () => Date.now().toString(16),
		"/lcg16": () => {
			lcg16 = (lcg16 * 25_173 + 13_849) % 65_536;
			return lcg16.toString(16).padStart(4, "0");
		},
		"/lcg31": () => {
			lcg31 = Number((BigInt(lcg31) * 16_807n) % 2_147_483_647n);
			return lcg31.toString(16).padStart(8, "0");
		},
		"/java-random": () => (java.nextInt() >>> 0).toString(16),
		"/random24": () => randomBytes(3).toString("hex"),
		"/padded": () => `${randomBytes(5).toString("hex")}${"0".repeat(22)}`,
		"/hex": () => randomBytes(16).toString("hex"),
		"/base64url": () => randomBytes(16).toString("base64url"),
		"/uuid": () => randomUUID(),
		"/signed": () => encodeURIComponent(`s:${sign(randomBytes(18).toString("base64url"), "keyboard cat")}`),
		"/fixed": () => "0123456789abcdef0123456789abcdef",
	};
}

export async function startSampleServer(): Promise<SampleServer> {
	const ids = generators();
	const requests: SampleServer["requests"] = [];
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? "/", "http://localhost").pathname;
		requests.push({ path, cookie: req.headers.cookie, authorization: req.headers.authorization });
		const id = ids[path];
		if (path === "/redirect") {
			res.writeHead(302, {
				location: "/hex",
				"set-cookie": `visit=${randomBytes(4).toString("hex")}; Path=/`,
			});
		} else if (path === "/none") {
			res.writeHead(200, { "set-cookie": "theme=dark; Path=/" });
		} else if (path === "/fail") {
			res.writeHead(500);
		} else if (id) {
			res.writeHead(200, { "set-cookie": `sid=${id()}; Path=/; HttpOnly; SameSite=Lax` });
		} else {
			res.writeHead(404);
		}
		res.end();
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	if (address === null || typeof address === "string") throw new Error("no port");
	return {
		url: (path) => `http://127.0.0.1:${address.port}${path}`,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
