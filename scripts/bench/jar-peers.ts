/**
 * The jar and the parser next to their peers on the same headers, in the same process: our jar
 * (Chromium profile, browser differences included, as the CLI runs it) against tough-cookie's
 * `setCookieSync`, and our Set-Cookie parser against set-cookie-parser's `parseString`. Each side is
 * warmed up once, then the median of five runs is kept.
 */
import { parseString } from "set-cookie-parser";
import { CookieJar } from "tough-cookie";
import { createCookieJar } from "../../src/core/jar/cookie-jar.ts";
import { parseSetCookie } from "../../src/core/set-cookie/parse-set-cookie.ts";
import { type HeaderFromUrl, headerMix } from "./header-mix.ts";
import { median } from "./median.ts";

const NOW = 1_790_000_000;
const RUNS = 5;

function medianMs(run: () => void): number {
	run();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		(globalThis as { gc?: () => void }).gc?.();
		const started = performance.now();
		run();
		times.push(performance.now() - started);
	}
	return median(times);
}

export interface PeerTiming {
	oursMs: number;
	peerMs: number;
}

export function timeJarAgainstToughCookie(mix: readonly HeaderFromUrl[]): PeerTiming {
	const oursMs = medianMs(() => {
		const jar = createCookieJar();
		for (const { header, url } of mix) jar.setCookie(header, url, NOW);
	});
	const now = new Date(NOW * 1000);
	const peerMs = medianMs(() => {
		const jar = new CookieJar();
		for (const { header, url } of mix) jar.setCookieSync(header, url, { now, ignoreError: true });
	});
	return { oursMs, peerMs };
}

export function timeParserAgainstSetCookieParser(mix: readonly HeaderFromUrl[]): PeerTiming {
	const oursMs = medianMs(() => {
		for (const { header } of mix) parseSetCookie(header);
	});
	const peerMs = medianMs(() => {
		for (const { header } of mix) parseString(header);
	});
	return { oursMs, peerMs };
}

export { headerMix };
