/**
 * docs/settings.schema.json compiled by ajv (draft 2020-12), the independent reference the hand-written
 * validator is held against. `name-pattern` is the schema's one custom format: a `/source/flags` literal
 * must be one the linear-time engine runs (a JavaScript regular expression without backreferences or
 * lookaround), asked of the engine's wrapper directly rather than of the validator's pattern check.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { compileLinearRegex } from "../../roles/linear-regex.ts";

export const SCHEMA = JSON.parse(
	readFileSync(new URL("../../../../docs/settings.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown> & {
	$defs: Record<string, Record<string, unknown>>;
	properties: Record<string, Record<string, unknown>>;
};

function compiles(pattern: string): boolean {
	const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
	return !literal || compileLinearRegex(literal[1] ?? "", literal[2] ?? "").ok;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat("name-pattern", { type: "string", validate: compiles });
export const ajvValidate = ajv.compile(SCHEMA);
