/**
 * The sign-in test (docs/protocol.md, "Sign-ins"): `startSignInTest` opens a window on the site's
 * timeline, the user signs in on the site, `finishSignInTest` closes it and tells, per cookie, whether the
 * sign-in renewed its value, kept it, set it first or ended it. Values never leave the timeline's keyed
 * hashes. The finished test counts as the site's latest sign-in, so a kept session id is reported as
 * `session-fixation` until a later sign-in renews it.
 */
import { identityKey } from "../../core/cookie.ts";
import type { Role } from "../../core/report.ts";
import type { SignInRecord } from "../../core/sign-in/sign-in-record.ts";
import { type SignInTestState, signInTestResult } from "../../core/sign-in/sign-in-test.ts";
import type { BackgroundDeps } from "../deps.ts";
import { siteCookies } from "../jar/site-cookies.ts";
import type { Observer } from "../observe/observer.ts";

export interface SignInTestDeps extends BackgroundDeps {
	signInTests: Pick<Observer, "startTest" | "finishTest" | "cancelTest" | "lastTest">;
}

type Request = { tabId: number; site: string };

const seconds = (ms: number) => Math.floor(ms / 1000);

async function rolesOf(deps: SignInTestDeps, request: Request): Promise<Map<string, Role>> {
	const cookies = await siteCookies(deps, request.tabId, request.site);
	return new Map(cookies.map(({ cookie, report }) => [identityKey(cookie), report.role]));
}

async function targetOf(deps: SignInTestDeps, request: Request) {
	return { site: request.site, storeId: (await deps.tabs.get(request.tabId)).storeId };
}

async function stateOf(
	deps: SignInTestDeps,
	request: Request,
	record: SignInRecord | undefined,
): Promise<SignInTestState> {
	if (!record) return { site: request.site };
	if (record.endMs === undefined)
		return { site: request.site, running: { startedAt: seconds(record.startMs) } };
	const result = signInTestResult(record, await rolesOf(deps, request), record.roles ?? {});
	return result ? { site: request.site, result } : { site: request.site };
}

export async function startSignInTest(deps: SignInTestDeps, request: Request): Promise<SignInTestState> {
	const roles = Object.fromEntries(await rolesOf(deps, request));
	const record = await deps.signInTests.startTest(await targetOf(deps, request), roles);
	return { site: request.site, running: { startedAt: seconds(record.startMs) } };
}

export async function finishSignInTest(deps: SignInTestDeps, request: Request): Promise<SignInTestState> {
	const record = await deps.signInTests.finishTest(await targetOf(deps, request));
	if (!record) {
		throw new Error(`No sign-in test is running on ${request.site}: start one, sign in, then finish it.`);
	}
	return stateOf(deps, request, record);
}

export async function cancelSignInTest(deps: SignInTestDeps, request: Request): Promise<SignInTestState> {
	await deps.signInTests.cancelTest(await targetOf(deps, request));
	return stateOf(deps, request, await deps.signInTests.lastTest(await targetOf(deps, request)));
}

export async function getSignInTest(deps: SignInTestDeps, request: Request): Promise<SignInTestState> {
	return stateOf(deps, request, await deps.signInTests.lastTest(await targetOf(deps, request)));
}
