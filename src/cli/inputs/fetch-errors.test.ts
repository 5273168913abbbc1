import { describe, expect, test } from "vitest";
import { describeFetchError } from "./fetch-errors.ts";

const URL_ = "https://app.example.test:8443/login";
const failed = (code: string, message = code) =>
	Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(message), { code }) });

describe("describeFetchError", () => {
	test.each([
		[failed("ENOTFOUND"), `cannot resolve host app.example.test (${URL_})`],
		[failed("ECONNREFUSED"), `cannot connect to app.example.test:8443: ECONNREFUSED (${URL_})`],
		[failed("ECONNRESET"), `app.example.test:8443 closed the connection (${URL_})`],
		[failed("UND_ERR_CONNECT_TIMEOUT"), `cannot connect to app.example.test:8443: timed out (${URL_})`],
		[
			Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" }),
			`no response from ${URL_} within 2.5 s (see --timeout)`,
		],
		[failed("EWHATEVER", "odd\nfailure"), `cannot fetch ${URL_}: odd failure`],
	])("%s", (error, message) => {
		expect(describeFetchError(error, URL_, 2500).message).toBe(message);
	});

	test.each([
		"DEPTH_ZERO_SELF_SIGNED_CERT",
		"CERT_HAS_EXPIRED",
		"ERR_TLS_CERT_ALTNAME_INVALID",
		"UNABLE_TO_VERIFY_LEAF_SIGNATURE",
	])("%s is a TLS error with a hint", (code) => {
		const message = describeFetchError(failed(code, "certificate trouble"), URL_, 1000).message;
		expect(message).toBe(
			`TLS error for ${URL_}: certificate trouble (${code}); to trust a local CA, set NODE_EXTRA_CA_CERTS=<ca.pem>`,
		);
	});
});
