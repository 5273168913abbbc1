import { describe, expect, test } from "vitest";
import { englishTranslate } from "../ui/common/i18n.ts";
import { interruptedNotice } from "./action-notice.ts";

const text = (n: { key: Parameters<typeof englishTranslate>[0]; substitutions: string[] }) =>
	englishTranslate(n.key, n.substitutions);

describe("the banner for an interrupted action", () => {
	test("a log-out tells the site, how many were removed before the stop, and offers Undo", () => {
		const notice = interruptedNotice({
			action: "logoutSite",
			site: "example.com",
			total: 50,
			doneBeforeStop: 27,
			undoable: true,
			failed: 0,
		});
		expect(text(notice)).toBe(
			"Log out of example.com was interrupted: 27 of 50 cookies were removed when the browser stopped the extension, which removed the rest when it started again.",
		);
		expect(notice.undo).toBe(true);
	});

	test("a restore says what was written, and offers no Undo when there is nothing to undo", () => {
		const notice = interruptedNotice({
			action: "restoreSnapshot",
			site: "example.com",
			total: 12,
			doneBeforeStop: 5,
			undoable: false,
			failed: 0,
		});
		expect(text(notice)).toBe(
			"Writing 12 cookies was interrupted: 5 were written when the browser stopped the extension, which wrote the rest when it started again.",
		);
		expect(notice.undo).toBe(false);
	});

	test("a bulk clear counts the cookies", () => {
		const notice = interruptedNotice({
			action: "logoutSites",
			total: 8,
			doneBeforeStop: 0,
			undoable: true,
			failed: 0,
		});
		expect(text(notice)).toBe(
			"Clearing 8 cookies was interrupted: 0 were removed when the browser stopped the extension, which removed the rest when it started again.",
		);
	});

	test("cookies the browser refused when the action was finished are counted in a second sentence", () => {
		const notice = interruptedNotice({
			action: "clearSite",
			site: "example.com",
			total: 50,
			doneBeforeStop: 10,
			undoable: true,
			failed: 40,
		});
		expect(notice.tone).toBe("error");
		expect(notice.detail && text(notice.detail)).toBe(
			"But 40 of its cookies are not as it meant to leave them: the browser refused the change.",
		);
		expect(notice.undo).toBe(true);
	});

	test("a finished action that did all the rest has no second sentence", () => {
		const notice = interruptedNotice({
			action: "clearCookies",
			total: 3,
			doneBeforeStop: 1,
			undoable: true,
			failed: 0,
		});
		expect(notice.tone).toBe("ok");
		expect(notice.detail).toBeUndefined();
	});
});
