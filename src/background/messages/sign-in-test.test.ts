import { expect, test } from "vitest";
import { observedWorld } from "../observe/testing/observed-world.ts";
import { jarCookie } from "../testing/fake-deps.ts";
import { cancelSignInTest, finishSignInTest, getSignInTest, startSignInTest } from "./sign-in-test.ts";

const ANON = "Zq3v9TnX1cK7pR2mW8yB4hL6sD0fG5jA";
const RENEWED = "k9Qw2Er7Ty4Ui1Op6As3Df8Gh5Jk0LzX";
const request = { tabId: 7, site: "example.test" };

function world() {
	const sid = jarCookie({ name: "sid", value: ANON, secure: true, httpOnly: true });
	const csrf = jarCookie({ name: "csrftoken", value: "c5f0a3b1e9d74c2a8b6f1e0d3c7a9b2e", httpOnly: false });
	const w = observedWorld([sid, csrf]);
	w.jar.onChanged((change) => w.observer.cookieChanged(change));
	return { ...w, sid };
}

const outcomes = (state: Awaited<ReturnType<typeof getSignInTest>>) =>
	state.result?.cookies.map((c) => `${c.cookie.name} ${c.role} ${c.outcome}`);

test("start, sign in keeping the id, finish: fixation, session cookies first", async () => {
	const w = world();
	expect(await getSignInTest(w.deps, request)).toEqual({ site: "example.test" });
	const started = await startSignInTest(w.deps, request);
	expect(started).toEqual({ site: "example.test", running: { startedAt: Math.floor(w.clock.ms / 1000) } });
	expect(await getSignInTest(w.deps, request)).toEqual(started);
	w.clock.ms += 4_000;
	const finished = await finishSignInTest(w.deps, request);
	expect(finished.result?.verdict).toBe("fixation");
	expect(outcomes(finished)).toEqual(["sid session kept", "csrftoken csrf kept"]);
	expect(await getSignInTest(w.deps, request)).toEqual(finished);
});

test("a renewed id: renewed; finishing twice is refused in words", async () => {
	const w = world();
	await startSignInTest(w.deps, request);
	w.clock.ms += 1_000;
	await w.jar.set({ ...w.sid, value: RENEWED });
	w.clock.ms += 2_000;
	const finished = await finishSignInTest(w.deps, request);
	expect(finished.result?.verdict).toBe("renewed");
	expect(outcomes(finished)).toEqual(["sid session renewed", "csrftoken csrf kept"]);
	await expect(finishSignInTest(w.deps, request)).rejects.toThrow(
		"No sign-in test is running on example.test: start one, sign in, then finish it.",
	);
});

test("a session ended and none set: no-session, the ended one keeps its role from the start", async () => {
	const w = world();
	await startSignInTest(w.deps, request);
	await w.jar.remove(w.sid);
	w.clock.ms += 3_000;
	const finished = await finishSignInTest(w.deps, request);
	expect(outcomes(finished)).toEqual(["sid session ended", "csrftoken csrf kept"]);
	expect(finished.result?.verdict).toBe("no-session");
});

test("cancel drops the running test and shows the last finished one", async () => {
	const w = world();
	await startSignInTest(w.deps, request);
	w.clock.ms += 1_000;
	const first = await finishSignInTest(w.deps, request);
	await startSignInTest(w.deps, request);
	expect(await cancelSignInTest(w.deps, request)).toEqual(first);
});
