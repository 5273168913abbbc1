/** Renders popup components the way the popup does: English strings and a pinned clock. */
import { render } from "@testing-library/preact";
import type { ComponentChildren } from "preact";
import { Now } from "../common/now-context.ts";
import { PopupView } from "../popup/popup-view.tsx";
import { IDLE, NOW, recordingActions, TAB } from "./fixture-tab.ts";

export function renderWithClock(ui: ComponentChildren, now = NOW) {
	return render(<Now.Provider value={now}>{ui}</Now.Provider>);
}

export function renderPopup(report = TAB, status = IDLE) {
	const { actions, calls } = recordingActions();
	const result = renderWithClock(<PopupView report={report} actions={actions} status={status} />);
	return { ...result, calls, actions };
}
