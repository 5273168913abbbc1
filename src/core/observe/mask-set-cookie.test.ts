import { expect, test } from "vitest";
import { maskSetCookie } from "./mask-set-cookie.ts";

test.each([
	["sid=Zq3v9TnX; Path=/; Secure", "sid=…; Path=/; Secure"],
	["__Host-sid=abc; Secure", "__Host-sid=…; Secure"],
	["token=a=b=c", "token=…"],
	["empty=; Path=/", "empty=; Path=/"],
	["bare; Secure", "…; Secure"],
	["=nameless", "=…"],
	["", ""],
])("%s is shown as %s", (header, masked) => {
	expect(maskSetCookie(header)).toBe(masked);
});
