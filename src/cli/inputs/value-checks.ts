/** Small typed checks for JSON read from files; each failure is a CliError naming the value's path. */
import { describe } from "../../core/settings/field-checks.ts";
import { CliError } from "../cli-error.ts";

/** Where a value sits in its file, as people write it: `roleOverrides[1].role`. */
export type Path = string;
export type Validator<T> = (value: unknown, path: Path) => T;
type Field = Validator<unknown> | { optional: Validator<unknown> };
type Required<S> = {
	[K in keyof S as S[K] extends Validator<unknown> ? K : never]: S[K] extends Validator<infer T> ? T : never;
};
type Optional<S> = {
	[K in keyof S as S[K] extends { optional: Validator<unknown> } ? K : never]?: S[K] extends {
		optional: Validator<infer T>;
	}
		? T
		: never;
};

export const isString = (x: unknown): x is string => typeof x === "string";

/** The value when the guard accepts it; otherwise "<path> must be <what> (got …)". */
export function check<T>(value: unknown, path: Path, guard: (x: unknown) => x is T, what: string): T {
	if (guard(value)) return value;
	throw new CliError(`${path} must be ${what} (got ${describe(value)})`);
}

export function checkArray<T>(value: unknown, path: Path, item: Validator<T>): T[] {
	if (!Array.isArray(value)) throw new CliError(`${path} must be an array (got ${describe(value)})`);
	return value.map((v, i) => item(v, `${path}[${i}]`));
}

/** A plain object; with a shape, also its fields, refusing keys the shape does not know. */
export function checkObject(value: unknown, path: Path): Record<string, unknown>;
export function checkObject<S extends Record<string, Field>>(
	value: unknown,
	path: Path,
	shape: S,
): Required<S> & Optional<S>;
export function checkObject(
	value: unknown,
	path: Path,
	shape?: Record<string, Field>,
): Record<string, unknown> {
	if (typeof value !== "object" || value === null || Array.isArray(value)) {
		throw new CliError(`${path} must be an object (got ${describe(value)})`);
	}
	if (!shape) return value as Record<string, unknown>;
	const record = value as Record<string, unknown>;
	for (const key of Object.keys(record)) {
		if (!Object.hasOwn(shape, key)) throw new CliError(`${path}: unknown key "${key}"`);
	}
	const result: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(shape)) {
		const optional = typeof field !== "function";
		if (record[key] === undefined && optional) continue;
		if (record[key] === undefined) throw new CliError(`${path}.${key} is missing`);
		result[key] = (optional ? field.optional : field)(record[key], `${path}.${key}`);
	}
	return result;
}
