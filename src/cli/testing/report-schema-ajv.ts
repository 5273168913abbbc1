/**
 * docs/report.schema.json (report@2), docs/report-v1.schema.json (report@1) and docs/sample.schema.json
 * (sample@1) compiled by ajv (draft 2020-12): the references our JSON output must conform to.
 * The schema's two formats are registered here rather than through ajv-formats, which is not a dependency:
 * date-time as RFC 3339 §5.6 (the shape of Date#toISOString) and uri as the WHATWG URL parser reads it.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const schema = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../../docs/${name}`, import.meta.url), "utf8"));
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat("date-time", {
	type: "string",
	validate: (s) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
});
ajv.addFormat("uri", { type: "string", validate: (s) => URL.canParse(s) });
const VALIDATORS = {
	2: ajv.compile(schema("report.schema.json")),
	1: ajv.compile(schema("report-v1.schema.json")),
};
const SAMPLE_VALIDATOR = ajv.compile(schema("sample.schema.json"));

/** Every place where `value` breaks docs/sample.schema.json (session-hygiene/sample@1); empty when it conforms. */
export function sampleSchemaErrors(value: unknown): string[] {
	if (SAMPLE_VALIDATOR(value)) return [];
	return (SAMPLE_VALIDATOR.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}

/**
 * Every place where `value` breaks the report schema (report@2 unless `version` says 1), as
 * "/json/pointer: problem"; empty when it conforms.
 */
export function reportSchemaErrors(value: unknown, version: 1 | 2 = 2): string[] {
	const validate = VALIDATORS[version];
	if (validate(value)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}
