/**
 * The top level of a request: only the fields its message has (an unknown key such as `__proto__` is
 * refused, not ignored), each read as an own property and handed to its check with its place.
 */
import type { MessageType, Protocol } from "../protocol.ts";
import { type Field, isRecord, own } from "./field-checks.ts";

export type FieldName<K extends MessageType> = keyof Protocol[K]["request"] & string;
type Check<T> = (value: unknown, at: Field) => T;

export interface RequestReader<K extends MessageType> {
	read<T>(name: FieldName<K>, check: Check<T>): T;
	/** Undefined when the field is absent (or undefined, which Chrome's JSON messaging drops anyway). */
	optional<T>(name: FieldName<K>, check: Check<T>): T | undefined;
}

/** Reads `message` as a request of `type`; the server has already checked that it is an object. */
export function requestFields<K extends MessageType>(
	message: unknown,
	type: K,
	names: readonly FieldName<K>[],
): RequestReader<K> {
	const fields = isRecord(message) ? message : {};
	const known: readonly string[] = names;
	const extra = Object.keys(fields).find((key) => key !== "type" && !known.includes(key));
	if (extra !== undefined) {
		const takes = names.length > 0 ? `it takes ${names.join(", ")}` : "it takes none";
		throw new Error(`${type}: \`${extra.slice(0, 40)}\` is not one of its fields (${takes}).`);
	}
	const at = (name: string): Field => ({ message: type, path: name });
	return {
		read: (name, check) => check(own(fields, name), at(name)),
		optional: (name, check) => {
			const value = own(fields, name);
			return value === undefined ? undefined : check(value, at(name));
		},
	};
}
