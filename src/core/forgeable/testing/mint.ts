/**
 * Signed cookies minted by the real libraries (devDependencies), and the Flask and Django ones recorded
 * by scripts/record-python-signed-cookies.py, as the tests of the signature check take them.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import cookieSession from "cookie-session";
import { sign } from "cookie-signature";
import jwt from "jsonwebtoken";
import recorded from "../../../../test/fixtures/signed-cookies/python-signed-cookies.json" with {
	type: "json",
};
import type { SignedCookie } from "../signed-cookie.ts";

export const cookieOf = (name: string, value: string): SignedCookie => ({
	name,
	value,
	domain: "app.example",
	path: "/",
});

/** express-session's cookie: `s:` + cookie-signature's sign, URL-encoded as cookie.serialize does. */
export function expressSessionCookie(sessionId: string, secret: string): SignedCookie {
	return cookieOf("connect.sid", encodeURIComponent(`s:${sign(sessionId, secret)}`));
}

export function jwtCookie(secret: string, algorithm: "HS256" | "HS384" | "HS512"): SignedCookie {
	return cookieOf("token", jwt.sign({ sub: "alice" }, secret, { algorithm, noTimestamp: true }));
}

/** The `session` and `session.sig` cookies cookie-session's middleware sends for a session. */
export async function cookieSessionCookies(
	keys: string[],
	session: Record<string, unknown>,
): Promise<SignedCookie[]> {
	const middleware = cookieSession({ name: "session", keys });
	const server = createServer((req, res) => {
		middleware(req, res, () => {
			Object.assign((req as unknown as { session: object }).session, session);
			res.end("ok");
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	try {
		const { port } = server.address() as AddressInfo;
		const response = await fetch(`http://127.0.0.1:${port}/`);
		return response.headers.getSetCookie().map((header) => {
			const [pair = ""] = header.split(";");
			const eq = pair.indexOf("=");
			return cookieOf(pair.slice(0, eq), pair.slice(eq + 1));
		});
	} finally {
		server.close();
	}
}

export interface RecordedCookie {
	case: string;
	format: string;
	name: string;
	value: string;
	secret?: string;
	secretHex?: string;
}

export const RECORDED: { recordedWith: Record<string, string>; cookies: RecordedCookie[] } = recorded;

export function recordedSecret(entry: RecordedCookie): string | Uint8Array {
	if (entry.secret !== undefined) return entry.secret;
	return Uint8Array.from((entry.secretHex ?? "").match(/../g) ?? [], (h) => Number.parseInt(h, 16));
}

/** A secret nobody published: 32 random bytes in hex. */
export function randomSecret(): string {
	return [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, "0")).join("");
}
