import { issueId } from "../issues.ts";

/** The validator's message under the input it names; the input points at it with aria-describedby. */
export function FieldIssue({ path, message }: { path: string; message: string | undefined }) {
	if (message === undefined) return null;
	return (
		<p class="field-issue" id={issueId(path)} data-issue={path}>
			{message}
		</p>
	);
}

/** ARIA attributes of an input whose value the validator refused. */
export function invalidProps(path: string, message: string | undefined) {
	return message === undefined ? {} : { "aria-invalid": true, "aria-describedby": issueId(path) };
}
