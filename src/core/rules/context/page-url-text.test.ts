import fc from "fast-check";
import { expect, test } from "vitest";
import { safeDecodeUri } from "../../token/envelope.ts";
import { type PageUrl, parsePageUrl } from "./page-url.ts";
import { pageUrlText } from "./page-url-text.ts";

const page = (url: string): PageUrl => parsePageUrl(url) as PageUrl;

test("finds the first page whose URL holds the text, as written or percent-decoded", () => {
	const pages = [page("https://a.test/x"), page("https://b.test/?t=ab%2Fcd"), page("https://c.test/ab/cd")];
	const index = pageUrlText(pages);
	expect(index.firstContaining(["ab/cd"])?.host).toBe("b.test");
	expect(index.firstContaining(["c.test/ab", "ab%2F"])?.host).toBe("b.test");
	expect(index.firstContaining(["nowhere"])).toBeUndefined();
});

test("never matches across two URLs", () => {
	const index = pageUrlText([page("https://a.test/abc"), page("https://b.test/def")]);
	expect(index.firstContaining(["abc\nhttps"])).toBeUndefined();
	expect(index.firstContaining(["c\nh"])).toBeUndefined();
});

test("agrees with checking every page in turn", () => {
	const piece = fc.constantFrom("a", "b", "%2F", "/", "\n", "%", "?t=", "ab");
	const url = fc.array(piece, { maxLength: 8 }).map((p) => `https://h.test/${p.join("")}`);
	const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
	fc.assert(
		fc.property(
			fc.array(url, { maxLength: 6 }),
			fc.array(text, { minLength: 1, maxLength: 3 }),
			(urls, texts) => {
				const pages = urls.map(page);
				const naive = pages.find((p) =>
					texts.some((t) => p.url.includes(t) || safeDecodeUri(p.url).includes(t)),
				);
				expect(pageUrlText(pages).firstContaining(texts)).toBe(naive);
			},
		),
	);
});
