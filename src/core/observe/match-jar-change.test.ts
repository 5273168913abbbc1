import { describe, expect, test } from "vitest";
import { createChangeMatcher, expire, matchChange, matchResponse } from "./match-jar-change.ts";
import { inserted, observed, removed, T } from "./testing/observed.ts";

const response = (timeMs: number, ...setCookies: string[]) => observed(timeMs, setCookies);

describe("a change and the response that caused it", () => {
	test("the response first: the change is the server's at once", () => {
		const matcher = createChangeMatcher(1_000);
		expect(matchResponse(matcher, response(T, "sid=abc; Path=/; Secure; HttpOnly"))).toEqual([]);
		const verdict = matchChange(matcher, inserted("abc", T + 40));
		expect(verdict?.by).toBe("server");
		expect(verdict?.by === "server" && verdict.response.url).toBe("https://app.example.com/login");
		expect(verdict?.by === "server" && verdict.setCookie.header).toBe("sid=abc; Path=/; Secure; HttpOnly");
	});

	test("the change first: it waits, and the response attributes it", () => {
		const matcher = createChangeMatcher(1_000);
		expect(matchChange(matcher, inserted("abc", T))).toBeUndefined();
		const verdicts = matchResponse(matcher, response(T + 300, "sid=abc; Path=/; Secure; HttpOnly"));
		expect(verdicts.map((v) => [v.by, v.change.cookie.value])).toEqual([["server", "abc"]]);
		expect(matcher.pending).toEqual([]);
		expect(expire(matcher, T + 5_000)).toEqual([]);
	});

	test("a change no response explains within the window is the script's, on a site heard from", () => {
		const matcher = createChangeMatcher(1_000);
		matchResponse(matcher, response(T - 500));
		matchChange(matcher, inserted("abc", T));
		expect(expire(matcher, T + 1_000)).toEqual([]);
		expect(expire(matcher, T + 1_001).map((v) => v.by)).toEqual(["script"]);
		expect(matchResponse(matcher, response(T + 1_002, "sid=other; Path=/"))).toEqual([]);
	});

	test("a response arriving after the window corrects the unseen change it explains (late)", () => {
		const matcher = createChangeMatcher(1_000, 10_000);
		matchChange(matcher, inserted("abc", T));
		expect(expire(matcher, T + 1_500).map((v) => v.by)).toEqual(["unseen"]);
		const verdicts = matchResponse(matcher, response(T, "sid=abc; Path=/"), T + 2_500);
		expect(verdicts.map((v) => [v.by, v.by === "server" && v.late, v.change.timeMs])).toEqual([
			["server", true, T],
		]);
		// Corrected once: the same Set-Cookie again explains nothing more.
		expect(matchResponse(matcher, response(T, "sid=abc; Path=/"), T + 2_600)).toEqual([]);
	});

	test("a response later than the late span leaves the script's change the script's", () => {
		const matcher = createChangeMatcher(1_000, 10_000);
		matchChange(matcher, inserted("abc", T));
		expire(matcher, T + 1_500);
		expect(expire(matcher, T + 10_001)).toEqual([]);
		expect(matcher.scripted).toEqual([]);
		expect(matchResponse(matcher, response(T, "sid=abc; Path=/"), T + 10_002)).toEqual([]);
	});

	test("the default late span is thirty seconds", () => {
		const matcher = createChangeMatcher();
		matchChange(matcher, inserted("abc", T));
		expire(matcher, T + 2_001);
		expect(matchResponse(matcher, response(T, "sid=abc; Path=/"), T + 30_000).map((v) => v.by)).toEqual([
			"server",
		]);
	});

	test("a matcher saved before the late span keeps working (no lateMs, no scripted)", () => {
		const matcher = { windowMs: 1_000, pending: [], unclaimed: [] };
		matchChange(matcher, inserted("abc", T));
		expect(expire(matcher, T + 1_001).map((v) => v.by)).toEqual(["script"]);
		expect(matchResponse(matcher, response(T, "sid=abc; Path=/"), T + 5_000).map((v) => v.by)).toEqual([
			"server",
		]);
	});

	test("a response is timed when it arrived: a late-delivered change still matches it", () => {
		// The browser stamped the response at T; it and its change reached the background 1.5 s later.
		const matcher = createChangeMatcher(1_000);
		matchResponse(matcher, response(T, "sid=abc; Path=/"), T + 1_500);
		expect(matchChange(matcher, inserted("abc", T + 1_600))?.by).toBe("server");
	});

	test("the default window is two seconds", () => {
		const matcher = createChangeMatcher();
		matchResponse(matcher, response(T - 500));
		matchChange(matcher, inserted("abc", T));
		expect(expire(matcher, T + 2_000)).toEqual([]);
		expect(expire(matcher, T + 2_001).map((v) => v.by)).toEqual(["script"]);
	});

	test("a change arriving after the window still matches the response's Set-Cookie", () => {
		const matcher = createChangeMatcher(1_000, 10_000);
		matchResponse(matcher, response(T, "sid=abc; Path=/"));
		expect(expire(matcher, T + 1_500)).toEqual([]);
		expect(matchChange(matcher, inserted("abc", T + 1_500))?.by).toBe("server");
	});

	test("a response older than the late span explains nothing", () => {
		const matcher = createChangeMatcher(1_000, 10_000);
		matchResponse(matcher, response(T, "sid=abc; Path=/"));
		expire(matcher, T + 10_001);
		expect(matcher.unclaimed).toEqual([]);
		expect(matchChange(matcher, inserted("abc", T + 10_001))).toBeUndefined();
		expect(expire(matcher, T + 12_000).map((v) => v.by)).toEqual(["script"]);
	});
});

describe("a site no response was heard from", () => {
	test("its unexplained change is unseen, not the script's; once a response of it is heard, the next is the script's", () => {
		const matcher = createChangeMatcher(1_000);
		matchChange(matcher, inserted("abc", T));
		expect(expire(matcher, T + 1_001).map((v) => v.by)).toEqual(["unseen"]);
		// A response of another host of the same site (example.com) counts: the cookie is the site's.
		matchResponse(matcher, observed(T + 1_100, [], { url: "https://www.example.com/" }));
		matchChange(matcher, inserted("def", T + 1_200));
		expect(expire(matcher, T + 2_201).map((v) => v.by)).toEqual(["script"]);
		expect(matcher.heard).toEqual(["example.com"]);
	});

	test("a response of another site does not make it heard", () => {
		const matcher = createChangeMatcher(1_000);
		matchResponse(matcher, observed(T - 100, [], { url: "https://other.test/" }));
		matchChange(matcher, inserted("abc", T));
		expect(expire(matcher, T + 1_001).map((v) => v.by)).toEqual(["unseen"]);
	});

	test("a matcher saved before sites were remembered calls the change the script's, as it did", () => {
		const { heard: _, ...older } = createChangeMatcher(1_000);
		matchChange(older, inserted("abc", T));
		expect(expire(older, T + 1_001).map((v) => v.by)).toEqual(["script"]);
	});

	test("it keeps the last thousand sites heard", () => {
		const matcher = createChangeMatcher(1_000);
		for (let i = 0; i < 1_005; i++) matchResponse(matcher, observed(T, [], { url: `https://s${i}.test/` }));
		expect(matcher.heard).toHaveLength(1_000);
		expect(matcher.heard?.[0]).toBe("s5.test");
	});
});

test("the same name written by a script after the server is the script's (value mismatch)", () => {
	const matcher = createChangeMatcher(1_000);
	matchResponse(matcher, response(T, "sid=abc; Path=/"));
	expect(matchChange(matcher, inserted("abc", T + 10))?.by).toBe("server");
	expect(matchChange(matcher, inserted("xyz", T + 200))).toBeUndefined();
	expect(expire(matcher, T + 1_500).map((v) => [v.by, v.change.cookie.value])).toEqual([["script", "xyz"]]);
});

test("a script writing the server's value again is the script's: one Set-Cookie explains one change", () => {
	const matcher = createChangeMatcher(1_000);
	matchResponse(matcher, response(T, "sid=abc; Path=/"));
	expect(matchChange(matcher, inserted("abc", T + 10))?.by).toBe("server");
	expect(matchChange(matcher, inserted("abc", T + 20))).toBeUndefined();
	expect(expire(matcher, T + 2_000).map((v) => v.by)).toEqual(["script"]);
});

test("a replaced value: the old copy is overwritten, the new one the server's", () => {
	const matcher = createChangeMatcher(1_000);
	matchResponse(matcher, response(T, "sid=new; Path=/"));
	expect(matchChange(matcher, removed("old", T + 5, "overwrite"))?.by).toBe("overwritten");
	expect(matchChange(matcher, inserted("new", T + 5))?.by).toBe("server");
});

test.each(["expired_overwrite", "explicit"])(
	"a deletion by a Set-Cookie with a past expiry is the server's (cause %s: Chromium, Firefox)",
	(cause) => {
		const matcher = createChangeMatcher(1_000);
		matchResponse(matcher, response(T, "sid=; Path=/; Max-Age=0"));
		expect(matchChange(matcher, removed("abc", T + 5, cause))?.by).toBe("server");
	},
);

test("a deletion no response explains is the script's", () => {
	const matcher = createChangeMatcher(1_000);
	matchResponse(matcher, response(T, "sid=abc; Path=/"));
	expect(matchChange(matcher, removed("abc", T + 5, "expired_overwrite"))).toBeUndefined();
	expect(expire(matcher, T + 2_000).map((v) => v.by)).toEqual(["script"]);
});

test.each(["expired", "evicted"])("a removal with cause %s is the browser's", (cause) => {
	expect(matchChange(createChangeMatcher(1_000), removed("abc", T, cause))?.by).toBe("browser");
});

test("identity counts: the same name at another path is not explained", () => {
	const matcher = createChangeMatcher(1_000);
	matchResponse(matcher, response(T, "sid=abc; Path=/app"));
	expect(matchChange(matcher, inserted("abc", T + 5))).toBeUndefined();
});

test("a refused Set-Cookie explains nothing", () => {
	const matcher = createChangeMatcher(1_000);
	matchResponse(matcher, response(T, "sid=abc; Path=/; SameSite=None"));
	expect(matcher.unclaimed).toEqual([]);
});

test("the matcher is structured-clone data", () => {
	const matcher = createChangeMatcher(1_000);
	matchChange(matcher, inserted("abc", T));
	matchResponse(matcher, response(T, "other=1; Path=/"));
	expect(structuredClone(matcher)).toEqual(matcher);
});
