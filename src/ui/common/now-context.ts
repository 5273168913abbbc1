/**
 * The current time (epoch seconds) for countdowns. The popup ticks it; only components that read it
 * re-render on a tick, not the whole list.
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";

export const Now = createContext<number>(0);

export function useNow(): number {
	return useContext(Now);
}
