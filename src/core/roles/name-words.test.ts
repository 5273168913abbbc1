import { expect, test } from "vitest";
import { findWord, nameWords } from "./name-words.ts";

test.each([
	["ASP.NET_SessionId", ["asp", "net", "session", "id"]],
	["XSRF-TOKEN", ["xsrf", "token"]],
	["_hjSessionUser_123", ["hj", "session", "user", "123"]],
	["MSPAuth", ["msp", "auth"]],
	["__Secure-1PSID", ["secure", "1", "psid"]],
	["connect.sid", ["connect", "sid"]],
])("%s splits into %j", (name, words) => {
	expect(nameWords(name)).toEqual(words);
});

const WORDS = ["session", "token", "auth", "sid"];

test.each([
	["user_session", { word: "session", place: "whole" }],
	["usersession", { word: "session", place: "whole" }],
	["sessionid", { word: "session", place: "whole" }],
	["authtoken", { word: "token", place: "whole" }],
	["connect.sid", { word: "sid", place: "whole" }],
	["_uetsid", { word: "sid", place: "inside" }],
	["_pin_unauth", { word: "auth", place: "whole" }],
	["jsessionidx", { word: "session", place: "inside" }],
	["__Secure-1PSID", { word: "sid", place: "inside" }],
	["lang", undefined],
])("%s: %j", (name, found) => {
	expect(findWord(name, WORDS)).toEqual(found);
});
