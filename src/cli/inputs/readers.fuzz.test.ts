/**
 * Fuzz tests (fast-check) over the CLI's input readers: whatever the input, the result is a report or a
 * CliError of one line, never another exception.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CliError } from "../cli-error.ts";
import { runCli } from "../testing/cli-harness.ts";
import { createHeaderJar } from "./header-jar.ts";
import { readHar } from "./read-har.ts";
import { readNetscapeCookies } from "./read-netscape-cookies.ts";
import { readStorageState } from "./read-storage-state.ts";

/** Runs `read`; passes when it returns or throws a one-line CliError. */
function reportOrCliError(read: () => unknown): void {
	try {
		read();
	} catch (error) {
		expect(error).toBeInstanceOf(CliError);
		expect((error as CliError).message).not.toMatch(/[\r\n]/);
	}
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));

/** HAR-shaped JSON with arbitrary values where the reader looks. */
const harLike = fc
	.record({
		url: fc.oneof(fc.webUrl(), anyText),
		started: fc.oneof(
			fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
			anyText,
			fc.integer(),
		),
		headers: fc.array(
			fc.record({
				name: fc.oneof(fc.constant("Set-Cookie"), anyText),
				value: fc.oneof(anyText, fc.integer()),
			}),
		),
	})
	.map(({ url, started, headers }) => ({
		log: { entries: [{ startedDateTime: started, request: { url }, response: { headers } }] },
	}));

describe("fuzz: input readers", () => {
	test("readHar: any text ends in a HAR or a one-line CliError", () => {
		fc.assert(
			fc.property(anyText, (text) => reportOrCliError(() => readHar(text, "f.har"))),
			{ numRuns: 300 },
		);
	});

	test("readHar: any HAR-shaped JSON ends in a HAR or a one-line CliError", () => {
		fc.assert(
			fc.property(fc.oneof(harLike, fc.jsonValue()), (value) =>
				reportOrCliError(() => readHar(JSON.stringify(value), "f.har")),
			),
			{ numRuns: 300 },
		);
	});

	test("readStorageState: any JSON, storage-state shaped or not, ends in cookies or a one-line CliError", () => {
		const cookieLike = fc.record({
			name: fc.oneof(anyText, fc.integer()),
			value: anyText,
			domain: fc.oneof(
				fc.domain(),
				fc.domain().map((d) => `.${d}`),
				fc.integer(),
			),
			path: fc.oneof(fc.constant("/"), anyText),
			expires: fc.oneof(fc.constant(-1), fc.integer(), fc.double(), anyText),
			httpOnly: fc.oneof(fc.boolean(), anyText),
			secure: fc.boolean(),
			sameSite: fc.oneof(fc.constantFrom("Strict", "Lax", "None"), anyText),
			partitionKey: fc.oneof(fc.constant(undefined), anyText, fc.integer()),
		});
		const stateLike = fc.record({
			cookies: fc.array(cookieLike),
			origins: fc.oneof(fc.array(fc.jsonValue())),
		});
		fc.assert(
			fc.property(fc.oneof(stateLike, fc.jsonValue()), (value) =>
				reportOrCliError(() => readStorageState(JSON.stringify(value), "s.json")),
			),
			{ numRuns: 300 },
		);
	});

	test("readNetscapeCookies: any text, cookies.txt shaped or not, ends in cookies or a one-line CliError", () => {
		const field = fc.oneof(
			anyText,
			fc.constantFrom("TRUE", "FALSE", "0", "1900000000", ".example.test", "/"),
		);
		const line = fc.oneof(
			anyText,
			fc.array(field, { minLength: 5, maxLength: 8 }).map((fields) => fields.join("\t")),
			fc.array(field, { minLength: 7, maxLength: 7 }).map((fields) => `#HttpOnly_${fields.join("\t")}`),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom("\n", "\r\n"), (lines, end) =>
				reportOrCliError(() => readNetscapeCookies(lines.join(end), "cookies.txt")),
			),
			{ numRuns: 300 },
		);
	});

	test("header jar: any Set-Cookie header is stored or refused (in rejected), never thrown", () => {
		fc.assert(
			fc.property(fc.array(anyText, { maxLength: 5 }), (headers) => {
				const jar = createHeaderJar("chromium", 1_900_000_000);
				for (const setCookie of headers) jar.apply({ setCookie, url: "https://a.example.test/" });
				jar.subjects();
			}),
			{ numRuns: 300 },
		);
	});

	test("audit --set-cookie: any headers end in a report, or one error line and exit 2", async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(anyText, { minLength: 1, maxLength: 3 }),
				fc.constantFrom("text", "json", "markdown", "sarif"),
				async (headers, format) => {
					const argv = ["audit", "--from", "https://a.example.test/", "--format", format];
					const run = await runCli([...argv, ...headers.flatMap((h) => ["--set-cookie", h])]);
					if (run.code === 2) expect(run.stderr).toMatch(/^session-hygiene: [^\n]*\n$/);
					else {
						expect([0, 1]).toContain(run.code);
						expect(run.stderr).not.toContain("internal error");
					}
					if (format === "text") expect(run.stdout).not.toContain(String.fromCharCode(27));
				},
			),
			{ numRuns: 100 },
		);
	});
});
