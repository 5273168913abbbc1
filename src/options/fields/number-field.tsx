import type { IssueAt } from "../issues.ts";
import { FieldIssue, invalidProps } from "./field-issue.tsx";

/** A number typed as text, so the validator (not the browser) judges and names a wrong value. */
export function NumberField(props: {
	path: string;
	label: string;
	hint: string;
	value: string;
	issueAt: IssueAt;
	onChange(value: string): void;
}) {
	const issue = props.issueAt(props.path);
	const id = `field-${props.path}`;
	return (
		<div class="number-field">
			<label for={id}>{props.label}</label>
			<input
				id={id}
				type="text"
				inputMode="decimal"
				value={props.value}
				data-path={props.path}
				onInput={(e) => props.onChange(e.currentTarget.value)}
				{...invalidProps(props.path, issue)}
			/>
			<span class="hint">{props.hint}</span>
			<FieldIssue path={props.path} message={issue} />
		</div>
	);
}

export function ToggleField(props: {
	path: string;
	label: string;
	checked: boolean;
	onChange(checked: boolean): void;
}) {
	return (
		<label class="toggle-field">
			<input
				type="checkbox"
				checked={props.checked}
				data-path={props.path}
				onChange={(e) => props.onChange(e.currentTarget.checked)}
			/>
			{props.label}
		</label>
	);
}
