/** The loading, error and ready states of a page's one view model, around the promise that brings it. */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { errorMessage } from "../../core/error-message.ts";

export type LoadState<T> =
	| { status: "loading" }
	| { status: "error"; message: string }
	| { status: "ready"; value: T };

export interface LoadStateHandle<T> {
	state: LoadState<T>;
	/** Asks again; settles once the new state is set. Never rejects: a failure becomes the error state. */
	reload: () => Promise<void>;
}

/**
 * Runs `load` on mount and again whenever `key` changes or `reload` is called. A reload keeps the current
 * screen until the new value or error is in (no flash of "loading"), and only the latest call may set the
 * state: an older reply that arrives late, or one after unmount, is dropped.
 */
export function useLoadState<T>(load: () => Promise<T>, key = ""): LoadStateHandle<T> {
	const [state, setState] = useState<LoadState<T>>({ status: "loading" });
	// The latest `load` without re-running the effect: callers pass a new closure on every render.
	const latest = useRef(load);
	latest.current = load;
	const calls = useRef(0);
	const reload = useCallback(async () => {
		const call = ++calls.current;
		let next: LoadState<T>;
		try {
			next = { status: "ready", value: await latest.current() };
		} catch (error) {
			next = { status: "error", message: errorMessage(error) };
		}
		if (call === calls.current) setState(next);
	}, []);
	// `key` is not read inside: its change is the caller's signal to load again.
	useEffect(() => {
		void reload();
		return () => {
			// Unmount or a new key: whatever is in flight must not set the state any more.
			calls.current++;
		};
	}, [key, reload]);
	return { state, reload };
}
