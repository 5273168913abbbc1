/**
 * Escaping for GitHub-flavoured Markdown. Cookie names, values and messages come from servers we do not
 * trust, and reports end up rendered in pull requests: nothing in them may become a link, HTML or a
 * broken table.
 */

/** Plain text inside a paragraph or a table cell. */
export function mdText(text: string): string {
	return text
		.replace(/[\\`*_[\]#~|]/g, (c) => `\\${c}`)
		.replace(/&/g, "&amp;")
		.replace(/</g, "&lt;")
		.replace(/>/g, "&gt;")
		.replace(/\r?\n/g, "<br>");
}

/**
 * A code span. A fence longer than any backtick run inside keeps the text literal (CommonMark §6.1);
 * `|` still needs its backslash inside GFM tables, which GitHub removes before rendering the span.
 */
export function mdCode(text: string, context: "table" | "text" = "table"): string {
	const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = "`".repeat(longestRun + 1);
	const oneLine = text.replace(/\r?\n/g, " ");
	const body = context === "table" ? oneLine.replace(/\|/g, "\\|") : oneLine;
	const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
	return `${fence}${pad}${body}${pad}${fence}`;
}

/** One table row from already-escaped cells. */
export function mdRow(cells: readonly string[]): string {
	return `| ${cells.join(" | ")} |`;
}
