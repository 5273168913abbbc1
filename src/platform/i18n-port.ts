/** Localised strings for the background (the toolbar title), from _locales through the browser's i18n. */
import { browser } from "./browser.ts";

/** A message of _locales by key, with `$1`… substitutions. */
export type Message = (key: string, substitutions?: string[]) => string;

export function createBrowserMessage(): Message {
	return (key, substitutions) => browser.i18n.getMessage(key, substitutions);
}
