/** The toolbar button's per-tab badge: text, colour and title, through a narrow port with a fake. */
import { browser } from "./browser.ts";

export interface BadgeState {
	text: string;
	/** CSS colour of the badge background. */
	color: string;
	title: string;
}

export interface BadgePort {
	/** Shows `state` on this tab only; a tab that has closed meanwhile is ignored. */
	show(tabId: number, state: BadgeState): Promise<void>;
}
/**
 * Per-tab badge state lives in the browser, not in the background, so it outlives a stopped worker.
 * A closed tab makes these calls reject ("No tab with id"), which is not an error for us.
 */
export function createBrowserBadgePort(): BadgePort {
	return {
		async show(tabId, state) {
			await Promise.all([
				browser.action.setBadgeText({ tabId, text: state.text }),
				browser.action.setBadgeBackgroundColor({ tabId, color: state.color }),
				browser.action.setTitle({ tabId, title: state.title }),
			]).catch(() => undefined);
		},
	};
}
