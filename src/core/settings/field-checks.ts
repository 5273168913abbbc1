/**
 * Typed checks for values read from a settings file. Each check records a problem naming the value's path
 * (`ignore[2].name`) and returns undefined, so one pass reports every bad field instead of the first.
 */
import { MAX_ISSUES } from "./limits.ts";

/** One problem with a settings file: where it is, and a sentence that starts with that place. */
export interface SettingsIssue {
	path: string;
	message: string;
}

export class Issues {
	readonly list: SettingsIssue[] = [];
	add(path: string, message: string): undefined {
		if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
		return undefined;
	}
	mustBe(path: string, what: string, value: unknown): undefined {
		return this.add(path, `${path} must be ${what} (got ${describe(value)})`);
	}
}

/** Characters as JSON Schema's maxLength counts them: code points, not UTF-16 units. */
export function codePointLength(text: string): number {
	let n = 0;
	for (const _ of text) n++;
	return n;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function checkString(
	value: unknown,
	path: string,
	issues: Issues,
	limits: { what: string; max: number },
): string | undefined {
	if (typeof value !== "string" || value === "") return issues.mustBe(path, limits.what, value);
	// The quick test spares counting a megabyte of code points.
	if (value.length > limits.max * 2 || codePointLength(value) > limits.max) {
		return issues.add(path, `${path} is too long: at most ${limits.max} characters`);
	}
	return value;
}

export function checkNumber(
	value: unknown,
	path: string,
	issues: Issues,
	limits: { what: string; max: number },
): number | undefined {
	if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
		return issues.mustBe(path, `${limits.what} (0 or more)`, value);
	}
	if (value > limits.max) return issues.add(path, `${path} must be at most ${limits.max} (got ${value})`);
	return value;
}

export function checkBoolean(value: unknown, path: string, issues: Issues): boolean | undefined {
	return typeof value === "boolean" ? value : issues.mustBe(path, "true or false", value);
}

/** Every item is checked even after a bad one; the list is undefined when any item was bad. */
export function checkList<T>(
	value: unknown,
	path: string,
	issues: Issues,
	max: number,
	item: (v: unknown, p: string) => T | undefined,
): T[] | undefined {
	if (!Array.isArray(value)) return issues.mustBe(path, "an array", value);
	if (value.length > max) {
		return issues.add(path, `${path} has too many entries: ${value.length} (at most ${max})`);
	}
	const items = value.map((v, i) => item(v, `${path}[${i}]`));
	return items.every((v) => v !== undefined) ? (items as T[]) : undefined;
}

/** How a wrong value is named in a message: its type, and a short string itself. */
export function describe(value: unknown): string {
	if (value === undefined) return "nothing";
	if (value === null) return "null";
	if (Array.isArray(value)) return "an array";
	if (typeof value === "object") return "an object";
	if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	return `${typeof value} ${String(value)}`;
}
