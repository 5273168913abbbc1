/**
 * Node's fetch (undici) reports every network failure as `TypeError: fetch failed` with the real
 * error in `cause`; these turn the common ones into a line a person can act on.
 */
import { CliError, oneLine } from "../cli-error.ts";
import { MAX_RESPONSE_HEADER_BYTES } from "./input-limits.ts";

const DNS = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL"]);
const REFUSED = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH"]);
const CLOSED = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);
const CONNECT_TIMEOUT = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT"]);
/** Headers over the limit: node:http's parser (llhttp) and undici name it differently. */
const OVERFLOW = new Set(["HPE_HEADER_OVERFLOW", "UND_ERR_HEADERS_OVERFLOW"]);
const TLS = /CERT|SELF_SIGNED|UNABLE_TO|TLS|SSL|EPROTO|HOSTNAME/;

/** One line naming the URL and what went wrong, for a rejected fetch. */
export function describeFetchError(error: unknown, url: string, timeoutMs: number): CliError {
	const name = (error as { name?: string } | null)?.name;
	if (name === "TimeoutError" || name === "AbortError") {
		return new CliError(`no response from ${url} within ${timeoutMs / 1000} s (see --timeout)`);
	}
	const cause = (error as { cause?: unknown } | null)?.cause ?? error;
	const code = String((cause as { code?: unknown } | null)?.code ?? "");
	const { host, hostname } = new URL(url);
	if (DNS.has(code)) return new CliError(`cannot resolve host ${hostname} (${url})`);
	if (REFUSED.has(code)) return new CliError(`cannot connect to ${host}: ${code} (${url})`);
	if (CLOSED.has(code)) return new CliError(`${host} closed the connection (${url})`);
	if (CONNECT_TIMEOUT.has(code)) return new CliError(`cannot connect to ${host}: timed out (${url})`);
	if (OVERFLOW.has(code)) {
		return new CliError(`${url} sent response headers larger than ${MAX_RESPONSE_HEADER_BYTES / 1024} KB`);
	}
	// Any other llhttp error (HPE_INVALID_CONSTANT for a missing status line …): never its internal text.
	if (code.startsWith("HPE_")) return new CliError(`${url} sent a malformed HTTP response (${code})`);
	if (TLS.test(code)) {
		const hint = "to trust a local CA, set NODE_EXTRA_CA_CERTS=<ca.pem>";
		return new CliError(`TLS error for ${url}: ${oneLine(cause)} (${code}); ${hint}`);
	}
	return new CliError(`cannot fetch ${url}: ${oneLine(cause)}`);
}
