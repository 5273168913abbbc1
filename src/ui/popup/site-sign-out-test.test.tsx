// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/preact";
import { afterEach, expect, test } from "vitest";
import { APP_SITE, CSRF, recordingActions, TAB } from "../testing/fixture-tab.ts";
import { renderWithClock } from "../testing/render-popup.tsx";
import { PopupView } from "./popup-view.tsx";
import { SignOutTests } from "./sign-out-test-port.ts";

afterEach(cleanup);

const idle = async () => ({ site: "example.test" });
const PORT = { get: idle, start: idle, confirm: idle, cancel: idle, finished: () => undefined };

function renderWith(report: typeof TAB, port: typeof PORT | null) {
	const { actions } = recordingActions();
	return renderWithClock(
		<SignOutTests.Provider value={port ?? undefined}>
			<PopupView report={report} actions={actions} status={{ busy: false, notice: null }} />
		</SignOutTests.Provider>,
	);
}

const panels = (container: Element) =>
	[...container.querySelectorAll("[data-sign-out-phase]")].map((p) => p.getAttribute("aria-label"));

test("the tab's site with a session cookie offers Test sign-out", async () => {
	const { container } = renderWith(TAB, PORT);
	expect(await screen.findAllByRole("button", { name: "Test sign-out" })).toHaveLength(1);
	expect(panels(container)).toEqual(["Sign-out test of example.test"]);
});

test("a site with only a csrf token, or a popup without a background client, has no sign-out test", () => {
	const noSession = { ...TAB, sites: [{ ...APP_SITE, cookies: [CSRF] }] };
	expect(panels(renderWith(noSession, PORT).container)).toEqual([]);
	cleanup();
	expect(panels(renderWith(TAB, null).container)).toEqual([]);
});
