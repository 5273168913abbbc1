/**
 * The background's own jar writes (clear, expire, log out, restore, undo), so their `cookies.onChanged`
 * events are not taken for a page script's: no response explains them, and match-jar-change.ts would
 * otherwise attribute them to the script. The CookiePort the actions use notes each cookie before it
 * writes, and a change of the same cookie within a few seconds is ours. In memory only: the events of a
 * write arrive while the background that made it is still running (the write's promise is pending).
 */
import type { Cookie } from "../../core/cookie.ts";
import type { CookiePort } from "../../platform/cookie-port.ts";

/** Longer than a verified write takes (a write, then a read back), shorter than a user's next action. */
const OWN_WINDOW_MS = 5_000;

export interface OwnWrites {
	note(cookie: Cookie, nowMs: number): void;
	/** Whether a change of this cookie at `nowMs` is one of ours. */
	isOwn(cookie: Cookie, nowMs: number): boolean;
}

/** Name, domain, host-only and path: the store and partition of a change read as the write gave them. */
const keyOf = (c: Cookie): string => `${c.name}\u0000${c.domain}\u0000${c.hostOnly}\u0000${c.path}`;

export function createOwnWrites(): OwnWrites {
	const noted = new Map<string, number>();
	return {
		note(cookie, nowMs) {
			for (const [key, at] of noted) if (nowMs - at > OWN_WINDOW_MS) noted.delete(key);
			noted.set(keyOf(cookie), nowMs);
		},
		isOwn(cookie, nowMs) {
			const at = noted.get(keyOf(cookie));
			return at !== undefined && nowMs - at <= OWN_WINDOW_MS;
		},
	};
}

/** The port the actions write through: every set and remove is noted first. */
export function notingOwnWrites(port: CookiePort, own: OwnWrites, nowMs: () => number): CookiePort {
	return {
		getAll: (query) => port.getAll(query),
		set(cookie) {
			own.note(cookie, nowMs());
			return port.set(cookie);
		},
		remove(cookie) {
			own.note(cookie, nowMs());
			return port.remove(cookie);
		},
		onChanged: (listener) => port.onChanged(listener),
	};
}
