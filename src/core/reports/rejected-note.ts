/** What a refused header's observed response adds to its message in the human formats (docs/design.md, "Version 2"). */
import type { RejectedCookie } from "../report.ts";

/** The message, then "Sent by POST 302 at 2030-01-01T00:00:00.000Z." when the response was observed. */
export function rejectedText(r: RejectedCookie): string {
	if (!r.response) return r.message;
	return `${r.message} Sent by ${r.response.method} ${r.response.status} at ${r.response.time}.`;
}
