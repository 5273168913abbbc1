import { expect, test } from "vitest";
import { answerBodySays } from "./answer-body.ts";

const JSON_TYPE = "application/json; charset=utf-8";

test.each([
	['{"ok":false,"error":"Wrong password"}', "failed"],
	['{"success":false}', "failed"],
	['{"error":"invalid_grant","error_description":"Bad credentials"}', "failed"],
	['{"errors":[{"message":"Invalid credentials"}],"data":null}', "failed"],
	['{"ok":true}', "succeeded"],
	['{"authenticated":true,"user":{"id":7}}', "succeeded"],
	['{"user":{"id":7}}', undefined],
	['{"errors":[]}', undefined],
	["[1,2]", undefined],
	["not json", undefined],
])("JSON %s → %s", (text, expected) => {
	expect(answerBodySays(JSON_TYPE, text)).toBe(expected);
});

test("a page that shows a password field again is the re-rendered sign-in form", () => {
	const form =
		'<html><body><form method="post"><input name="username"><input TYPE=password name="password"></form>';
	expect(answerBodySays("text/html", form)).toBe("failed");
	expect(
		answerBodySays("text/html; charset=utf-8", "<html><body><h1>Welcome, alice</h1></body></html>"),
	).toBe("succeeded");
});

test("no body, no media type or another media type says nothing", () => {
	expect(answerBodySays(JSON_TYPE, undefined)).toBeUndefined();
	expect(answerBodySays(undefined, '{"ok":false}')).toBeUndefined();
	expect(answerBodySays("text/plain", "ok")).toBeUndefined();
	expect(answerBodySays("text/html", "plain words")).toBeUndefined();
});
