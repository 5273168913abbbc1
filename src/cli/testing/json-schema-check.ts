/**
 * A small JSON Schema (draft 2020-12) checker for the keywords docs/report.schema.json uses, so the
 * test needs no validator dependency. Unknown keywords fail loudly rather than pass silently.
 * TODO [2026-09]: replace with ajv/dist/2020 once it is a devDependency of ours.
 */
type Schema = { [keyword: string]: unknown };

const HANDLED = new Set([
	...["$schema", "$defs", "title", "description", "type", "const", "enum", "required", "properties"],
	...[
		"additionalProperties",
		"items",
		"$ref",
		"oneOf",
		"minimum",
		"maximum",
		"minLength",
		"pattern",
		"format",
	],
]);

/** Every place where `value` breaks `schema`, as "path: problem"; empty when it conforms. */
export function schemaErrors(schema: Schema, value: unknown): string[] {
	const errors: string[] = [];
	const defs = (schema.$defs ?? {}) as Record<string, Schema>;
	visit(schema, value, "$", errors, defs);
	return errors;
}

function typeOf(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
	return typeof value;
}

function visit(
	schema: Schema,
	value: unknown,
	path: string,
	errors: string[],
	defs: Record<string, Schema>,
): void {
	for (const keyword of Object.keys(schema)) {
		if (!HANDLED.has(keyword)) throw new Error(`schema keyword ${keyword} is not supported by this checker`);
	}
	if (typeof schema.$ref === "string") {
		const target = defs[schema.$ref.replace("#/$defs/", "")];
		if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
		visit(target, value, path, errors, defs);
	}
	checkScalar(schema, value, path, errors);
	if (Array.isArray(schema.oneOf)) {
		const matches = schema.oneOf.filter((s) => schemaErrorsAt(s as Schema, value, defs).length === 0).length;
		if (matches !== 1) errors.push(`${path}: matches ${matches} of oneOf`);
	}
	if (typeOf(value) === "object") checkObject(schema, value as Record<string, unknown>, path, errors, defs);
	if (Array.isArray(value) && schema.items) {
		for (const [i, item] of value.entries())
			visit(schema.items as Schema, item, `${path}[${i}]`, errors, defs);
	}
}

function schemaErrorsAt(schema: Schema, value: unknown, defs: Record<string, Schema>): string[] {
	const errors: string[] = [];
	visit(schema, value, "$", errors, defs);
	return errors;
}

function checkScalar(schema: Schema, value: unknown, path: string, errors: string[]): void {
	if (schema.type !== undefined) {
		const types = ([] as unknown[]).concat(schema.type);
		const actual = typeOf(value);
		if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) {
			errors.push(`${path}: is ${actual}, not ${types.join(" or ")}`);
		}
	}
	if ("const" in schema && value !== schema.const)
		errors.push(`${path}: is not ${JSON.stringify(schema.const)}`);
	if (Array.isArray(schema.enum) && !schema.enum.includes(value))
		errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
	if (typeof value === "number") {
		if (typeof schema.minimum === "number" && value < schema.minimum) errors.push(`${path}: below minimum`);
		if (typeof schema.maximum === "number" && value > schema.maximum) errors.push(`${path}: above maximum`);
	}
	if (typeof value === "string") checkString(schema, value, path, errors);
}

function checkString(schema: Schema, value: string, path: string, errors: string[]): void {
	if (typeof schema.minLength === "number" && value.length < schema.minLength)
		errors.push(`${path}: too short`);
	if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
		errors.push(`${path}: does not match ${schema.pattern}`);
	}
	if (
		schema.format === "date-time" &&
		!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)
	) {
		errors.push(`${path}: not a date-time`);
	}
	if (schema.format === "uri" && !URL.canParse(value)) errors.push(`${path}: not a URI`);
}

function checkObject(
	schema: Schema,
	value: Record<string, unknown>,
	path: string,
	errors: string[],
	defs: Record<string, Schema>,
): void {
	const properties = (schema.properties ?? {}) as Record<string, Schema>;
	for (const key of (schema.required ?? []) as string[]) {
		if (!(key in value)) errors.push(`${path}: missing ${key}`);
	}
	for (const [key, item] of Object.entries(value)) {
		const property = properties[key];
		if (property) visit(property, item, `${path}.${key}`, errors, defs);
		else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
	}
}
