import { describe, expect, test } from "vitest";
import type { CookieReport } from "../../core/report.ts";
import { cookieList } from "./cookie-check.ts";

const AT = { message: "clearCookies", path: "cookies" } as const;

const SID: CookieReport = {
	name: "sid",
	value: "Zq3v9TnX1cK7pR2mW8yB4hL6sD0fG5jA",
	domain: "app.example.test",
	hostOnly: true,
	path: "/",
	secure: true,
	httpOnly: true,
	sameSite: "lax",
	expires: null,
	partitionKey: null,
	storeId: "0",
	role: "session",
	roleReason: 'name contains "sid"',
	roleConfidence: "likely",
	findings: [
		{ rule: "persistent-session", severity: "medium", message: "sid lives on", fix: "Drop Expires." },
	],
};

const refusal = (cookie: unknown) => () => cookieList([cookie], AT);

describe("cookies in requests", () => {
	test("a cookie as getTabReport reported it passes unchanged, in every shape of identity", () => {
		const partitioned = { ...SID, partitionKey: { topLevelSite: "https://thirdparty.test" } };
		const isolated = { ...SID, storeId: "firefox-container-1", firstPartyDomain: "example.test" };
		const { value: _, ...valueless } = SID;
		expect(cookieList([SID, partitioned, isolated, valueless], AT)).toEqual([
			SID,
			partitioned,
			isolated,
			valueless,
		]);
	});

	test("a cookie from a caller that sends no role confidence is taken, and read as likely", () => {
		const { roleConfidence: _, ...older } = SID;
		expect(cookieList([older], AT)).toEqual([{ ...SID, roleConfidence: "likely" }]);
	});

	test("a role confidence outside the three is refused", () => {
		expect(refusal({ ...SID, roleConfidence: "sure" })).toThrow(
			'clearCookies: `cookies[0].roleConfidence` must be one of known, likely, guess (got "sure").',
		);
	});

	test("fields no cookie report has are left out", () => {
		expect(cookieList([{ ...SID, extra: "x", partitionKey: null }], AT)).toEqual([SID]);
	});

	test.each([
		[
			"a missing host-only flag",
			{ ...SID, hostOnly: undefined },
			"`cookies[0].hostOnly` must be true or false (got nothing)",
		],
		[
			"a store id that is a number",
			{ ...SID, storeId: 0 },
			"`cookies[0].storeId` must be a cookie store id of at most 8,192 characters (got 0)",
		],
		[
			"no store id",
			{ ...SID, storeId: undefined },
			"`cookies[0].storeId` must be a cookie store id of at most 8,192 characters (got nothing)",
		],
		[
			"a partition key that is text",
			{ ...SID, partitionKey: "https://x.test" },
			'`cookies[0].partitionKey` must be null or {topLevelSite} (got "https://x.test")',
		],
		[
			"a partition key without its site",
			{ ...SID, partitionKey: {} },
			"`cookies[0].partitionKey.topLevelSite` must be text of at most 8,192 characters (got nothing)",
		],
		[
			"a missing partition key",
			{ ...SID, partitionKey: undefined },
			"`cookies[0].partitionKey` must be null or {topLevelSite} (got nothing)",
		],
		[
			"a first-party domain of null",
			{ ...SID, firstPartyDomain: null },
			"`cookies[0].firstPartyDomain` must be text of at most 8,192 characters (got null)",
		],
		[
			"an empty domain",
			{ ...SID, domain: "" },
			'`cookies[0].domain` must be a cookie\'s domain (a host name) (got "")',
		],
		[
			"a domain with a path",
			{ ...SID, domain: "evil.test/x" },
			'`cookies[0].domain` must be a cookie\'s domain (a host name) (got "evil.test/x")',
		],
		[
			"a path not from the root",
			{ ...SID, path: "account" },
			'`cookies[0].path` must be a path starting with / (got "account")',
		],
		[
			"a name that is a number",
			{ ...SID, name: 5 },
			"`cookies[0].name` must be text of at most 8,192 characters (got 5)",
		],
		[
			"an expiry of NaN",
			{ ...SID, expires: Number.NaN },
			"`cookies[0].expires` must be epoch seconds (0 or more) or null (got NaN)",
		],
		[
			"a negative expiry",
			{ ...SID, expires: -5 },
			"`cookies[0].expires` must be epoch seconds (0 or more) or null (got -5)",
		],
		[
			"an unknown SameSite",
			{ ...SID, sameSite: "None" },
			'`cookies[0].sameSite` must be one of strict, lax, none, unspecified (got "None")',
		],
		[
			"an unknown role",
			{ ...SID, role: "admin" },
			'`cookies[0].role` must be one of session, csrf, other (got "admin")',
		],
		[
			"findings that are not a list",
			{ ...SID, findings: {} },
			"`cookies[0].findings` must be a list of findings, at most 100 (got an object)",
		],
		[
			"a finding of unknown severity",
			{ ...SID, findings: [{ rule: "x", severity: "critical", message: "m" }] },
			'`cookies[0].findings[0].severity` must be one of high, medium, low, info (got "critical")',
		],
		[
			"a value too long for any browser",
			{ ...SID, value: "v".repeat(8193) },
			'`cookies[0].value` must be text of at most 8,192 characters (got "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv…")',
		],
		[
			"a cookie that is not an object",
			"sid",
			'`cookies[0]` must be a cookie as getTabReport reported it (got "sid")',
		],
	])("refuses %s, naming the field", (_, cookie, error) => {
		expect(refusal(cookie)).toThrow(`clearCookies: ${error}.`);
	});

	test("refuses a __proto__ key at any depth instead of dropping it", () => {
		const own = JSON.parse('{"__proto__": {"admin": true}}') as object;
		expect(refusal({ ...SID, ...own })).toThrow(
			"clearCookies: `cookies[0]` has a key `__proto__`, which no request has.",
		);
		expect(refusal({ ...SID, partitionKey: { topLevelSite: "https://a.test", ...own } })).toThrow(
			"clearCookies: `cookies[0].partitionKey` has a key `__proto__`, which no request has.",
		);
	});

	test("takes up to 10,000 cookies and refuses more, and holes in a list", () => {
		expect(
			cookieList(
				Array.from({ length: 10_000 }, () => SID),
				AT,
			),
		).toHaveLength(10_000);
		expect(() =>
			cookieList(
				Array.from({ length: 10_001 }, () => SID),
				AT,
			),
		).toThrow(
			"clearCookies: `cookies` must be a list of cookies as getTabReport reported them, at most 10,000 (got a list of 10,001).",
		);
		// biome-ignore lint/suspicious/noSparseArray: a hole is what a hostile page can send.
		expect(() => cookieList([SID, , SID], AT)).toThrow(
			"clearCookies: `cookies[1]` must be a cookie as getTabReport reported it (got nothing).",
		);
	});
});
