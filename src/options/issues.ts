/** Looks up the validator's issues by field path, for marking the inputs they name. */
import type { SettingsIssue } from "../core/settings/validate-settings.ts";

export type IssueAt = (path: string) => string | undefined;

export function issueLookup(issues: readonly SettingsIssue[]): IssueAt {
	const byPath = new Map<string, string>();
	for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue.message);
	return (path) => byPath.get(path);
}

/** An id for the element that shows a field's issue (aria-describedby). */
export const issueId = (path: string) => `issue-${path.replace(/[^A-Za-z0-9]/g, "-")}`;
