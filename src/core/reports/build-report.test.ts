import { describe, expect, test } from "vitest";
import { buildReport } from "./build-report.ts";
import { toJson } from "./to-json.ts";

describe("buildReport", () => {
	test("fills the fixed schema and tool name around the given parts", () => {
		const report = buildReport({
			sites: [],
			rejected: [{ setCookie: "a=1", url: "https://x.test/", reason: "syntax", message: "bad" }],
			source: { kind: "headers", url: "https://x.test/" },
			version: "1.2.3",
			generatedAt: "2030-01-01T00:00:00.000Z",
		});
		expect(report).toEqual({
			schema: "session-hygiene/report@2",
			tool: { name: "session-hygiene", version: "1.2.3" },
			generatedAt: "2030-01-01T00:00:00.000Z",
			source: { kind: "headers", url: "https://x.test/" },
			sites: [],
			rejected: [{ setCookie: "a=1", url: "https://x.test/", reason: "syntax", message: "bad" }],
		});
	});

	test("leaves out an absent source url instead of writing undefined", () => {
		const report = buildReport({
			sites: [],
			rejected: [],
			source: { kind: "har", url: undefined },
			version: "1",
			generatedAt: "x",
		});
		expect(Object.keys(report.source)).toEqual(["kind"]);
		expect(JSON.parse(toJson(report)).source).toEqual({ kind: "har" });
	});
});
