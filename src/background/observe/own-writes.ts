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

/** A jar change as cookies.onChanged reports it. */
interface Change {
	cookie: Cookie;
	removed: boolean;
}

export interface OwnWrites {
	/** Before a write: `cookie` as written (a set of an expired copy is a deletion). */
	note(cookie: Cookie, nowMs: number, deletes: boolean): void;
	/**
	 * Whether this change at `nowMs` is one of ours. Each write claims only its own events, once: the
	 * insertion with the value it wrote, and one removal (the copy it replaced or deleted). A server's
	 * Set-Cookie for the same cookie seconds later (a sign-in right after a clear) is not ours.
	 */
	isOwn(change: Change, nowMs: number): boolean;
}

interface Noted {
	at: number;
	/** The value the write inserts, until its insertion is seen. */
	value?: string;
	/** A removal the write may cause (the old copy, or the deletion itself), until seen. */
	removal: boolean;
}

/** Name, domain, host-only and path: the store and partition of a change read as the write gave them. */
const keyOf = (c: Cookie): string => `${c.name}\u0000${c.domain}\u0000${c.hostOnly}\u0000${c.path}`;

export function createOwnWrites(): OwnWrites {
	const noted = new Map<string, Noted>();
	return {
		note(cookie, nowMs, deletes) {
			for (const [key, n] of noted) if (nowMs - n.at > OWN_WINDOW_MS) noted.delete(key);
			noted.set(
				keyOf(cookie),
				deletes ? { at: nowMs, removal: true } : { at: nowMs, value: cookie.value, removal: true },
			);
		},
		isOwn({ cookie, removed }, nowMs) {
			const n = noted.get(keyOf(cookie));
			if (n === undefined || nowMs - n.at > OWN_WINDOW_MS) return false;
			if (removed) {
				if (!n.removal) return false;
				n.removal = false;
				return true;
			}
			if (n.value === undefined || n.value !== cookie.value) return false;
			delete n.value;
			return true;
		},
	};
}

/** The port the actions write through: every set and remove is noted first. */
export function notingOwnWrites(port: CookiePort, own: OwnWrites, nowMs: () => number): CookiePort {
	return {
		getAll: (query) => port.getAll(query),
		set(cookie) {
			const now = nowMs();
			const deletes = cookie.expirationDate !== undefined && cookie.expirationDate * 1000 <= now;
			own.note(cookie, now, deletes);
			return port.set(cookie);
		},
		remove(cookie) {
			own.note(cookie, nowMs(), true);
			return port.remove(cookie);
		},
		onChanged: (listener) => port.onChanged(listener),
	};
}
