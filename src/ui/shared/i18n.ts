/**
 * Strings for the UI. Pages provide the browser's `i18n.getMessage`; without it (component tests) the
 * bundled English messages answer, with the same placeholder rules as the browser.
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import english from "../../../public/_locales/en/messages.json" with { type: "json" };

export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, substitutions?: string[]) => string;

interface MessageEntry {
	message: string;
	placeholders?: Record<string, { content: string }>;
}

/** Resolves `$NAME$` placeholders to their `$1`… content, then fills the substitutions (MDN i18n). */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
	const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
		const placeholder = entry.placeholders?.[name.toLowerCase()];
		return placeholder ? placeholder.content : whole;
	});
	return named.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? "");
}

export const englishTranslate: Translate = (key, substitutions) =>
	formatMessage(english[key] as MessageEntry, substitutions);

export const I18n = createContext<Translate>(englishTranslate);

export function useT(): Translate {
	return useContext(I18n);
}
