const ESCAPES: Record<string, string> = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	'"': "&quot;",
	"'": "&#39;",
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A whole small page: the heading says what the page does, so a screenshot or a demo explains itself. */
export function renderPage(title: string, body: string): string {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
<p><a href="/">Back to the index</a></p>
</body>
</html>
`;
}

/** The Set-Cookie headers a response sent, listed so a person sees what the page did. */
export function renderSetCookieList(headers: readonly string[]): string {
	if (headers.length === 0) return "<p>No Set-Cookie headers.</p>";
	const items = headers.map((header) => `<li><code>${escapeHtml(header)}</code></li>`);
	return `<ul id="set-cookies">\n${items.join("\n")}\n</ul>`;
}
