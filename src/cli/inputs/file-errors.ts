import { CliError } from "../cli-error.ts";

const FILE_ERRORS: Record<string, string> = {
	ENOENT: "no such file",
	EACCES: "permission denied",
	EPERM: "permission denied",
	EISDIR: "it is a directory",
	ENOTDIR: "a parent is not a directory",
};

/** `cannot read x.har: no such file` instead of Node's `ENOENT: no such file or directory, open …`. */
export function describeFileError(action: "read" | "write", path: string, error: unknown): CliError {
	const code = (error as { code?: unknown } | null)?.code;
	const why = typeof code === "string" && code in FILE_ERRORS ? FILE_ERRORS[code] : (error as Error)?.message;
	return new CliError(`cannot ${action} ${path}: ${why ?? "unknown error"}`);
}
