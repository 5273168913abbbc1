import { expect, test } from "vitest";
import { findInJson, findInText } from "./embedded-data.ts";

test.each([
	["user=alice&role=admin", ["user-id", "role"]],
	["contact: ada@example.com", ["email"]],
	["uid=42|admin=1", ["user-id", "role"]],
	["nothing here", []],
])("text %s contains %j", (text, kinds) => {
	expect(findInText(text).map((d) => d.kind)).toEqual(kinds);
});

test.each([
	[{ sub: "42", email: "a@b.io", roles: ["admin"] }, ["user-id", "email", "role"]],
	[{ user: { id: 1, name: "Ada" } }, ["user-id", "personal-data"]],
	[{ iv: "x", value: "y", mac: "z" }, []],
	[{ user_id: "" }, []],
	[["a@b.io"], ["email"]],
])("JSON %j contains %j", (json, kinds) => {
	expect(new Set(findInJson(json, "JSON key").map((d) => d.kind))).toEqual(new Set(kinds));
});
