import { generate } from "selfsigned";
import { FIXTURE_HOSTS } from "./hosts.ts";

export interface Certificate {
	key: string;
	cert: string;
}

/** Cached per process: generating a key pair is the slowest part of starting the site. */
let pending: Promise<Certificate> | undefined;

/**
 * A self-signed certificate for every fixture host plus localhost and 127.0.0.1, made in memory
 * and never written to disk (browsers accept it through --ignore-certificate-errors / acceptInsecureCerts).
 */
export function fixtureCertificate(): Promise<Certificate> {
	pending ??= generateCertificate();
	return pending;
}

async function generateCertificate(): Promise<Certificate> {
	const dnsNames = [...FIXTURE_HOSTS, "localhost"];
	const pems = await generate([{ name: "commonName", value: "Session Hygiene fixture site" }], {
		keyType: "ec",
		algorithm: "sha256",
		notBeforeDate: new Date(Date.now() - 24 * 3600 * 1000),
		extensions: [
			{ name: "basicConstraints", cA: false },
			{ name: "keyUsage", digitalSignature: true, keyEncipherment: true },
			{ name: "extKeyUsage", serverAuth: true },
			{
				name: "subjectAltName",
				altNames: [
					...dnsNames.map((value) => ({ type: 2 as const, value })),
					{ type: 7 as const, ip: "127.0.0.1" },
				],
			},
		],
	});
	return { key: pems.private, cert: pems.cert };
}
