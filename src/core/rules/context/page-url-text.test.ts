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
	expect(index.firstContaining(["c.test/ab", "ab%2Fcd"])?.host).toBe("b.test");
	expect(index.firstContaining(["nowhere"])).toBeUndefined();
});

test("counts a text only where it starts and ends on word boundaries", () => {
	const pages = [
		page("https://a.test/xabc123def456y"),
		page("https://b.test/abc123def456-x"),
		page("https://c.test/;jsessionid=abc123def456"),
	];
	const index = pageUrlText(pages);
	expect(index.firstContaining(["abc123def456"])?.host).toBe("b.test");
	expect(index.firstContaining(["=abc123def456"])?.host).toBe("c.test");
	expect(index.firstContaining(["abc123"])).toBeUndefined();
	expect(index.firstContaining(["c123def456y"])).toBeUndefined();
	expect(index.firstContaining(["def456-x"])).toBeUndefined();
	expect(index.firstContaining(["abc123def456-x"])?.host).toBe("b.test");
});

test("finds a text whose words are all short by a scan", () => {
	const index = pageUrlText([page("https://a.test/?t=a.b.c.d.e"), page("https://b.test/?t=ab.cd.ef")]);
	expect(index.firstContaining(["ab.cd.ef"])?.host).toBe("b.test");
	expect(index.firstContaining(["b.c.d"])?.host).toBe("a.test");
	expect(index.firstContaining(["b.cd"])).toBeUndefined();
});

test("never matches across two URLs", () => {
	const index = pageUrlText([page("https://a.test/abc"), page("https://b.test/def")]);
	expect(index.firstContaining(["abc\nhttps"])).toBeUndefined();
	expect(index.firstContaining(["c\nh"])).toBeUndefined();
});

/** Every occurrence of `text` in `url` that starts and ends on word boundaries, found the slow way. */
function holdsWhole(url: string, text: string): boolean {
	const word = /[A-Za-z0-9]/;
	for (let at = url.indexOf(text); at >= 0; at = url.indexOf(text, at + 1)) {
		const before = url[at - 1] ?? "";
		const after = url[at + text.length] ?? "";
		const startOk = !word.test(text[0] ?? "") || !word.test(before);
		const endOk = !word.test(text.at(-1) ?? "") || !word.test(after);
		if (startOk && endOk) return true;
	}
	return false;
}

test("agrees with checking every page in turn", () => {
	const piece = fc.constantFrom("a", "b", "%2F", "/", "\n", "%", "?t=", "ab", "abcdef", "abcdefgh", "-");
	const url = fc.array(piece, { maxLength: 8 }).map((p) => `https://h.test/${p.join("")}`);
	const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
	fc.assert(
		fc.property(
			fc.array(url, { maxLength: 6 }),
			fc.array(text, { minLength: 1, maxLength: 3 }),
			(urls, texts) => {
				const pages = urls.map(page);
				const naive = pages.find((p) =>
					texts.some((t) => holdsWhole(p.url, t) || holdsWhole(safeDecodeUri(p.url), t)),
				);
				expect(pageUrlText(pages).firstContaining(texts)).toBe(naive);
			},
		),
	);
});
