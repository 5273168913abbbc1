import { expect, test } from "vitest";
import { fetchHops, type HttpsHop } from "./fetch-hops.ts";
import { createHeaderJar } from "./header-jar.ts";

test("each https hop's host and first Strict-Transport-Security field are told; http hops are not", async () => {
	const replies: Record<string, Response> = {
		"http://shop.example.test/": new Response(null, {
			status: 301,
			headers: { location: "https://shop.example.test/" },
		}),
		"https://shop.example.test/": new Response(null, {
			status: 302,
			headers: [
				["location", "https://www.shop.example.test/home"],
				["strict-transport-security", "max-age=63072000; includeSubDomains"],
				["strict-transport-security", "max-age=0"],
			],
		}),
		"https://www.shop.example.test/home": new Response("ok", { status: 200 }),
	};
	const fake = (async (url: string) => replies[url] ?? new Response(null, { status: 404 })) as typeof fetch;
	const seen: HttpsHop[] = [];
	const jar = createHeaderJar("chromium", 1_900_000_000);
	const visited = await fetchHops("http://shop.example.test/", jar, {
		fetch: fake,
		timeoutMs: 1_000,
		onHttps: (hop) => seen.push(hop),
	});
	expect(visited).toEqual([
		"http://shop.example.test/",
		"https://shop.example.test/",
		"https://www.shop.example.test/home",
	]);
	expect(seen).toEqual([
		{
			url: "https://shop.example.test/",
			host: "shop.example.test",
			hsts: { maxAge: 63_072_000, includeSubDomains: true },
		},
		{ url: "https://www.shop.example.test/home", host: "www.shop.example.test", hsts: null },
	]);
});
