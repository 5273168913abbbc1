/**
 * The CLI's input size limits, stated once (README, "CLI"). Each is our own figure, chosen to be above
 * what real inputs need; going over one is a one-line error with exit code 2, never a crash.
 */

/**
 * Response headers read per `audit <url>` response: 256 KB, our own figure. It is meant to match
 * Chromium's buffer for a response's headers (net/http/http_stream_parser.cc, kMaxHeaderBufSize), which
 * has not been checked against that source here; it is 16 times undici's default of 16 KB.
 */
export const MAX_RESPONSE_HEADER_BYTES = 256 * 1024;

/** A HAR file (or `--har -` input) larger than this is refused before it is read: 256 MB. */
export const MAX_HAR_BYTES = 256 * 1024 * 1024;

/** A `--secrets` file larger than this is refused before it is read: 64 MB. */
export const MAX_SECRETS_BYTES = 64 * 1024 * 1024;

/** Set-Cookie headers applied in one run, over all inputs: beyond this the run stops with one line. */
export const MAX_SET_COOKIES = 200_000;

/** The one-line refusal of an input over its size limit. */
export function tooLargeMessage(what: string, maxBytes: number, name: string): string {
	return `${what} larger than ${maxBytes / (1024 * 1024)} MB: ${name}`;
}
