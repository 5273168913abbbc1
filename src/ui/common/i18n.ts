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

/**
 * `translate` with its answers kept: a first screen of hundreds of rows asks for the same few strings
 * thousands of times, and each `i18n.getMessage` crosses into the browser (about 10 µs a call in Firefox
 * ESR 153, timed in the popup page, December 2026). Substituted texts (countdowns) change every second,
 * so the cache is bounded.
 */
export function rememberingTranslate(translate: Translate, limit = 2_000): Translate {
	const known = new Map<string, string>();
	return (key, substitutions) => {
		const id = substitutions === undefined ? key : `${key}\u0000${substitutions.join("\u0000")}`;
		let text = known.get(id);
		if (text === undefined) {
			text = translate(key, substitutions);
			if (known.size >= limit) known.clear();
			known.set(id, text);
		}
		return text;
	};
}
