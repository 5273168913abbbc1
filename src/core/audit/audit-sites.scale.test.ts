/** The audit stays linear in the number of cookies (maps, no pairwise comparisons). */
import { expect, test } from "vitest";
import type { AuditInput } from "../audit-input.ts";
import type { Cookie } from "../cookie.ts";
import { DEFAULT_SETTINGS } from "../settings/settings.ts";
import { auditSites } from "./audit-sites.ts";

function input(n: number): AuditInput {
	const subjects = Array.from({ length: n }, (_, i) => {
		const cookie: Cookie = {
			name: i % 2 === 0 ? "sid" : `c${i}`,
			value: `${i.toString(16).padStart(8, "0")}9f86d081884c7d659a2feaa0c55ad015`,
			domain: `h${i % 50}.example.com`,
			hostOnly: i % 3 !== 0,
			path: `/p${i}`,
			secure: true,
			httpOnly: true,
			sameSite: "lax",
			session: true,
		};
		return { cookie };
	});
	return { subjects, now: 1_767_225_600, settings: DEFAULT_SETTINGS, pageUrls: ["https://h1.example.com/"] };
}

function timeOf(n: number): number {
	const start = performance.now();
	auditSites(input(n));
	return performance.now() - start;
}

test("8x the cookies takes well under 64x the time", () => {
	timeOf(500); // warm up the JIT
	const small = Math.max(timeOf(1000), 1);
	const large = timeOf(8000);
	expect(large / small).toBeLessThan(24);
});

test("duplicates are reported for thousands of same-name cookies", () => {
	const [site] = auditSites(input(4000));
	const sid = site?.cookies.find((c) => c.name === "sid");
	expect(sid?.findings.find((f) => f.rule === "duplicate-session-cookie")?.message).toContain(
		"one of 2000 cookies",
	);
});
