/**
 * The requests of `sample`: `count` fresh visits to the URL, each as a new browser would make it, with
 * no Cookie header and no credentials on any hop (each visit has its own empty jar, and the jar never
 * sends: a browser would send a cookie on the redirect after the hop that set it, which would no longer
 * be a fresh visit). Redirects are followed as `audit <url>` follows them (inputs/fetch-hops.ts).
 * Sequential by default; `concurrency` workers at most, each pausing `delayMs` before each request.
 */
import type { AuditSubject } from "../../core/audit-input.ts";
import { nameFromHeader } from "../../core/jar/reject-reason.ts";
import type { SampleOptions } from "../args/cli-options.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { fetchHops, type ResponseHop } from "../inputs/fetch-hops.ts";
import { createHeaderJar } from "../inputs/header-jar.ts";
import { createProgress } from "../progress.ts";

/** One visit: the cookies it left in its jar, the URLs it went through, and each hop's answer. */
export interface Visit {
	subjects: AuditSubject[];
	visited: string[];
	hops: ResponseHop[];
	/** Epoch milliseconds when the visit's last response arrived. */
	receivedMs: number;
}

async function visit(options: SampleOptions, io: CliIo, now: number): Promise<Visit> {
	const jar = createHeaderJar(options.browser, now);
	const neverSends = { ...jar, cookieHeader: () => "" };
	const hops: ResponseHop[] = [];
	const visited = await fetchHops(options.url, neverSends, {
		fetch: io.fetch,
		timeoutMs: options.timeoutMs,
		onResponse: (hop) => hops.push(hop),
	});
	const failed = hops.find((h) => h.status >= 500);
	if (failed) throw new CliError(`${failed.url} answered ${failed.status}: sampling stopped`);
	return { subjects: jar.subjects(), visited, hops, receivedMs: io.now() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every visit, in the order their responses arrived. `first` sees the first visit before any other
 * request goes out, so a URL that sets no usable cookie fails after one request, not `count`.
 */
export async function collectVisits(
	options: SampleOptions,
	io: CliIo,
	first: (visit: Visit) => void,
): Promise<Visit[]> {
	const now = Math.floor(io.now() / 1000);
	const progress = createProgress(io, options.count);
	let started = 0;
	const fetchOne = async () => {
		started++;
		progress.next(options.url);
		return visit(options, io, now);
	};
	try {
		const visits = [await fetchOne()];
		first(visits[0] as Visit);
		const worker = async () => {
			while (started < options.count) {
				if (options.delayMs > 0) await sleep(options.delayMs);
				if (started >= options.count) return;
				visits.push(await fetchOne());
			}
		};
		await Promise.all(Array.from({ length: options.concurrency }, worker));
		return visits;
	} finally {
		progress.done();
	}
}

/** The Date header of the last hop that set `name`, in epoch ms; the arrival time without one. */
export function visitDate(v: Visit, name: string): number {
	const hop = v.hops.findLast((h) => h.setCookies.some((c) => nameFromHeader(c) === name));
	const parsed = hop?.date ? Date.parse(hop.date) : Number.NaN;
	return Number.isNaN(parsed) ? v.receivedMs : parsed;
}
