import { describe, expect, test } from "vitest";
import { englishTranslate, rememberingTranslate, type Translate } from "./i18n.ts";

describe("rememberingTranslate", () => {
	test("asks the browser once per key and substitutions, and answers the same text", () => {
		const asked: string[] = [];
		const counting: Translate = (key, substitutions) => {
			asked.push([key, ...(substitutions ?? [])].join(" "));
			return englishTranslate(key, substitutions);
		};
		const t = rememberingTranslate(counting);
		expect(t("notSecure")).toBe(englishTranslate("notSecure"));
		t("notSecure");
		expect(t("expiresIn", ["3 d"])).toBe(englishTranslate("expiresIn", ["3 d"]));
		t("expiresIn", ["3 d"]);
		t("expiresIn", ["2 d"]);
		expect(asked).toEqual(["notSecure", "expiresIn 3 d", "expiresIn 2 d"]);
	});

	test("keeps at most `limit` texts: countdowns change every second", () => {
		let calls = 0;
		const t = rememberingTranslate((key, subs) => {
			calls++;
			return englishTranslate(key, subs);
		}, 2);
		t("expiresIn", ["1 s"]);
		t("expiresIn", ["2 s"]);
		t("expiresIn", ["3 s"]);
		t("expiresIn", ["1 s"]);
		expect(calls).toBe(4);
	});
});
