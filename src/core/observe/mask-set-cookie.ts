/**
 * A Set-Cookie header with its value masked, as the extension keeps and shows a refused header: the
 * name and every attribute stay (they are what a refusal is about), the value becomes "…" (docs/design.md,
 * "Privacy": values only when asked). The name-value pair ends at the first ";" (RFC 6265bis §5.6 step 1);
 * a pair without "=" is all value to Chromium and all name to Firefox, so it is masked whole.
 */

export const MASK = "…";

export function maskSetCookie(header: string): string {
	const semi = header.indexOf(";");
	const pair = semi === -1 ? header : header.slice(0, semi);
	const rest = semi === -1 ? "" : header.slice(semi);
	const eq = pair.indexOf("=");
	if (eq === -1) return `${pair.trim() === "" ? pair : MASK}${rest}`;
	const value = pair.slice(eq + 1);
	return `${pair.slice(0, eq + 1)}${value.trim() === "" ? value : MASK}${rest}`;
}
