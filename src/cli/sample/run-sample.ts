/** `session-hygiene sample <url>` without its output: visit, pick the cookie, analyse its values. */
import { analyzeSample } from "../../core/sample/analyze-sample.ts";
import type { SampleOptions } from "../args/cli-options.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { VERSION } from "../version.ts";
import { collectVisits, visitDate } from "./collect-sample.ts";
import { nodeDigest } from "./node-digest.ts";
import { type PickedCookie, pickCookie } from "./pick-cookie.ts";
import { type SampleResult, sampleResult } from "./sample-result.ts";

/** Fewer distinct values than this and no statistic here means anything. */
export const MIN_DISTINCT = 20;

export async function runSample(options: SampleOptions, io: CliIo): Promise<SampleResult> {
	const startedMs = io.now();
	let chosen: PickedCookie | undefined;
	const visits = await collectVisits(options, io, (first) => {
		chosen = pickCookie(first, options.url, options.cookie, startedMs);
	});
	// Set by the first visit, which collectVisits always makes.
	const picked = chosen as PickedCookie;
	const values: string[] = [];
	const dates: number[] = [];
	for (const v of visits) {
		const cookie = v.subjects.find((s) => s.cookie.name === picked.name)?.cookie;
		if (!cookie) continue;
		values.push(cookie.value);
		dates.push(visitDate(v, picked.name));
	}
	const distinct = new Set(values).size;
	if (distinct < MIN_DISTINCT) {
		throw new CliError(
			`only ${distinct} distinct value${distinct === 1 ? "" : "s"} of ${picked.name} in ${visits.length} responses (at least ${MIN_DISTINCT} needed): the server may reuse ids or set the cookie only sometimes; try a larger --count`,
		);
	}
	const analysis = analyzeSample({ values, dates, digest: nodeDigest });
	return sampleResult(analysis, {
		url: options.url,
		picked,
		missing: visits.length - values.length,
		version: VERSION,
		generatedAt: new Date(startedMs).toISOString(),
	});
}
