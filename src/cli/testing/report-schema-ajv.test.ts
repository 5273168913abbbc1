import { expect, test } from "vitest";
import { SAMPLE_REPORT } from "../../core/reports/sample-report.fixture.ts";
import { toJson } from "../../core/reports/to-json.ts";
import { reportSchemaErrors } from "./report-schema-ajv.ts";

const v2 = JSON.parse(toJson(SAMPLE_REPORT));
const v1 = JSON.parse(toJson(SAMPLE_REPORT, { version: 1 }));

test("each version of the sample report conforms to its own schema", () => {
	expect(reportSchemaErrors(v2)).toEqual([]);
	expect(reportSchemaErrors(v1, 1)).toEqual([]);
});

test("neither version passes for the other", () => {
	expect(reportSchemaErrors(v1)).toEqual(
		expect.arrayContaining([
			"/: must have required property 'fixes'",
			"/schema: must be equal to constant",
			"/sites/0/cookies/2/findings/0: must NOT have additional properties",
		]),
	);
	expect(reportSchemaErrors(v2, 1)).toEqual(
		expect.arrayContaining(["/: must NOT have additional properties", "/schema: must be equal to constant"]),
	);
});

test("a fixIndex must be a whole number from 0", () => {
	const report = structuredClone(v2);
	report.sites[0].cookies[2].findings[0].fixIndex = -1;
	expect(reportSchemaErrors(report)).toEqual(["/sites/0/cookies/2/findings/0/fixIndex: must be >= 0"]);
});
