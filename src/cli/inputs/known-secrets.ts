/**
 * The secrets `forgeable-session` tries, in this order: the documented examples (core, built-in), the
 * user's `--secrets` file, then the vendored wallarm/jwt-secrets wordlist. The first match names its
 * source, so a documented example is named as such even when the wordlist lists it too.
 */
import { BUILT_IN_SECRETS } from "../../core/forgeable/built-in-secrets.ts";
import type { KnownSecret } from "../../core/forgeable/known-secret.ts";
import { gunzipText, secretLines } from "../../core/forgeable/secret-lines.ts";
import { CliError, oneLine } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { MAX_SECRETS_BYTES } from "./input-limits.ts";
import { stripBom } from "./strip-bom.ts";

/** What a finding says of a secret from `--secrets`: the secret itself is the user's and never shown. */
export const USER_SOURCE = "your --secrets list";
export const WORDLIST_SOURCE = "wallarm/jwt-secrets wordlist";

/** `--secrets <file>`: one secret a line, exactly as written (core/forgeable/secret-lines.ts). */
export async function loadUserSecrets(file: string, io: Pick<CliIo, "readFile">): Promise<KnownSecret[]> {
	const text = stripBom(await io.readFile(file, { maxBytes: MAX_SECRETS_BYTES, what: "--secrets file" }));
	if (text.includes("\u0000")) throw new CliError(`--secrets ${file}: not a text file (one secret a line)`);
	return secretLines(text).map((secret) => ({ secret, source: USER_SOURCE }));
}

export async function loadWordlist(io: Pick<CliIo, "readWordlist">): Promise<KnownSecret[]> {
	const bytes = await io.readWordlist();
	let text: string;
	try {
		text = await gunzipText(bytes);
	} catch (error) {
		throw new CliError(`cannot read the wallarm/jwt-secrets wordlist: ${oneLine(error)}`);
	}
	return secretLines(text).map((secret) => ({ secret, source: WORDLIST_SOURCE }));
}

export function allSecrets(user: readonly KnownSecret[], wordlist: readonly KnownSecret[]): KnownSecret[] {
	return [...BUILT_IN_SECRETS, ...user, ...wordlist];
}
