/**
 * The CLI's input size limits, stated once (README, "CLI"). Each is our own figure, chosen to be above
 * what real inputs need; going over one is a one-line error with exit code 2, never a crash.
 */

/**
 * Response headers read per `audit <url>` response: 256 KB, the same as Chromium's buffer for a
 * response's headers (net/http/http_stream_parser.cc, kMaxHeaderBufSize = 256 * 1024).
 */
export const MAX_RESPONSE_HEADER_BYTES = 256 * 1024;
