import { expect, test } from "vitest";
import { recordShape } from "./record-value.ts";

test.each([
	["https%3A%2F%2Fwww.google.com%2F", "value holds a URL, as a record of a visit does, not a secret"],
	[
		"pgs%3D3%7C%7C%7Ccpg%3Dhttps%3A%2F%2Fexample.com",
		"value holds a URL, as a record of a visit does, not a secret",
	],
	["mrasn=&lp=1&sen=2", "value is readable name=value fields, not a secret"],
	["%20s_cc%3Dtrue%3B%20s_sq%3D%3B", "value is readable name=value fields, not a secret"],
	["a=1;b=2", "value is readable name=value fields, not a secret"],
	["sid=6KOsZ309p1fbYDU2Vn75kEmg9vw6Sid2; v=1", undefined],
	["t=6KOsZ309p1fbYDU2Vn75kEmg9vw6Sid2&s=E1a", undefined],
	["XKz8N|1747869274302|1753688389486", "value is little but a Unix time, not a secret"],
	["1747546777893.1.1750839811543", "value is little but a Unix time, not a secret"],
	["1724933367", "value is little but a Unix time, not a secret"],
	["d41d8cd98f00b204e9800998ecf8427e", undefined],
	["s%3Av0%3A1cd0ed46-6eba-4b6c-a88c-a517601", undefined],
	["q7Xr2mZ9KpL4vN8sT1wB6yC3dF0gH5jQ.1700000000", undefined],
	["12", undefined],
])("%s: %s", (value, reason) => {
	expect(recordShape(value)).toBe(reason);
});
