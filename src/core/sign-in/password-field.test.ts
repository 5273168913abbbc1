import { expect, test } from "vitest";
import { isPasswordName, passwordFieldOf } from "./password-field.ts";

test.each([
	"password",
	"Passwd",
	"pwd",
	"j_password",
	"user[password]",
	"session[password]",
	"loginPassword",
	"password1",
	"new_password2",
	"current-password",
	"passphrase",
	"pass",
])("%s is a password field", (name) => {
	expect(isPasswordName(name)).toBe(true);
});

test.each(["passport", "bypass", "username", "email", "compass", "pw_strength", "csrfmiddlewaretoken"])(
	"%s is not",
	(name) => {
		expect(isPasswordName(name)).toBe(false);
	},
);

test("a parsed form with a filled password field; an empty one does not count", () => {
	expect(passwordFieldOf({ formData: { username: ["alice"], password: ["s3cret"] } })).toBe("password");
	expect(passwordFieldOf({ formData: { username: ["alice"], password: [""] } })).toBeUndefined();
	expect(passwordFieldOf({ formData: { q: ["password"] } })).toBeUndefined();
});

test("a JSON body, nested a level or two (GraphQL variables), and an urlencoded text", () => {
	expect(passwordFieldOf({ text: '{"email":"a@example.com","password":"x"}' })).toBe("password");
	expect(passwordFieldOf({ text: '{"user":{"login":"a","pwd":"x"}}' })).toBe("pwd");
	expect(
		passwordFieldOf({ text: '{"query":"mutation Login($p: String!) {}","variables":{"passwd":"x"}}' }),
	).toBe("passwd");
	expect(passwordFieldOf({ text: "log=alice&pwd=x&rememberme=forever" })).toBe("pwd");
});

test("no password: a search, a JSON password that is not a string, text that is not JSON", () => {
	expect(passwordFieldOf({ text: '{"password":null,"name":"x"}' })).toBeUndefined();
	expect(passwordFieldOf({ text: '{"password":' })).toBeUndefined();
	expect(passwordFieldOf({ text: "q=forgot+password" })).toBeUndefined();
	expect(passwordFieldOf({})).toBeUndefined();
});
