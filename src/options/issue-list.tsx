import type { SettingsIssue } from "../core/settings/validate-settings.ts";

/** Every problem the validator found, each naming its field; announced when it appears. */
export function IssueList({ issues, title }: { issues: readonly SettingsIssue[]; title: string }) {
	if (issues.length === 0) return null;
	return (
		<div class="issues" role="alert" data-issues>
			<p>{title}</p>
			<ul>
				{issues.map((issue) => (
					<li key={`${issue.path} ${issue.message}`}>{issue.message}</li>
				))}
			</ul>
		</div>
	);
}
