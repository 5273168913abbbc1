/**
 * Whether a HAR entry is a sign-in that worked, read leniently: the fields are optional in practice
 * (HAR 1.2, "postData": `params` or `text`; exporters differ), and an entry that says too little is
 * simply not a sign-in. The password's value is never kept (docs/privacy.md).
 */
import { answerBodySays } from "../../core/sign-in/answer-body.ts";
import { passwordFieldOf, type RequestBody } from "../../core/sign-in/password-field.ts";
import { type SignInResult, signInResult } from "../../core/sign-in/sign-in-result.ts";

export interface HarSignIn {
	/** `POST /flows/keep/login 303`: what told it was a sign-in. */
	by: string;
	result: SignInResult;
	/** The cookies the request sent (HAR 1.2 `request.cookies`, else its Cookie header). */
	sent: { name: string; value: string }[];
}

type Json = Record<string, unknown>;

function objectOf(value: unknown): Json | undefined {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function stringOf(value: unknown): string | undefined {
	return typeof value === "string" ? value : undefined;
}

function pairsOf(value: unknown): { name: string; value: string }[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((item) => {
		const pair = objectOf(item);
		const name = stringOf(pair?.name);
		const text = stringOf(pair?.value);
		return name === undefined || text === undefined ? [] : [{ name, value: text }];
	});
}

function headerOf(message: Json, name: string): string | undefined {
	return pairsOf(message.headers).find((h) => h.name.toLowerCase() === name)?.value;
}

/** HAR 1.2 "postData": `params` (a parsed form) and `text` (the body as sent). */
function bodyOf(postData: Json): RequestBody {
	const formData: Record<string, string[]> = {};
	for (const { name, value } of pairsOf(postData.params)) formData[name] = [...(formData[name] ?? []), value];
	const text = stringOf(postData.text);
	return { formData, ...(text === undefined ? {} : { text }) };
}

const isJson = (mimeType: string | undefined) => mimeType !== undefined && /\bjson\b/i.test(mimeType);

/**
 * A script's request: Chrome's `_resourceType` (a HAR custom field, HAR 1.2 "Custom fields") says so, or
 * a JSON body sent or received, which a form navigation does not do.
 */
function fromScript(entry: Json, postData: Json, response: Json): boolean {
	const type = stringOf(entry._resourceType);
	if (type === "fetch" || type === "xhr") return true;
	return isJson(stringOf(postData.mimeType)) || isJson(stringOf(objectOf(response.content)?.mimeType));
}

function sentCookies(request: Json): { name: string; value: string }[] {
	const listed = pairsOf(request.cookies);
	if (listed.length > 0) return listed;
	return (headerOf(request, "cookie") ?? "").split(";").flatMap((pair) => {
		const eq = pair.indexOf("=");
		return eq > 0 ? [{ name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() }] : [];
	});
}

function resolved(location: string | undefined, base: string): string | undefined {
	if (!location) return undefined;
	try {
		return new URL(location, base).href;
	} catch {
		return undefined;
	}
}

/** Where an entry's redirect sends the browser: HAR 1.2 `response.redirectURL`, else its Location header. */
export function redirectTargetOf(entry: Json, url: string): string | undefined {
	const response = objectOf(entry.response);
	if (!response) return undefined;
	return resolved(stringOf(response.redirectURL) || headerOf(response, "location"), url);
}

/** HAR 1.2 "content": its text, unless it is base64 (a body the recorder could not keep as text). */
function contentSays(response: Json) {
	const content = objectOf(response.content);
	if (!content || content.encoding !== undefined) return undefined;
	return answerBodySays(stringOf(content.mimeType), stringOf(content.text));
}

/** The sign-in an entry is, when its request carried a filled password field; `url` is the request's. */
export function harSignInOf(entry: Json, url: string): HarSignIn | undefined {
	const request = objectOf(entry.request);
	const response = objectOf(entry.response);
	const postData = objectOf(request?.postData);
	if (!request || !response || !postData || passwordFieldOf(bodyOf(postData)) === undefined) return undefined;
	const status = typeof response.status === "number" ? response.status : 0;
	const location = stringOf(response.redirectURL) || headerOf(response, "location");
	const body = contentSays(response);
	const result = signInResult({
		url,
		status,
		...(location ? { location } : {}),
		...(body ? { body } : {}),
		fromScript: fromScript(entry, postData, response),
	});
	const method = stringOf(request.method) ?? "POST";
	return {
		by: `${method} ${new URL(url).pathname} ${status}`,
		result,
		sent: sentCookies(request),
	};
}
