import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Now } from "../ui/common/now-context.ts";

/** Ticks `Now` every second for the countdowns; children are unchanged vnodes, so only readers re-render. */
export function Clock({ children }: { children: ComponentChildren }) {
	const [now, setNow] = useState(() => Date.now() / 1000);
	useEffect(() => {
		const timer = setInterval(() => setNow(Date.now() / 1000), 1000);
		return () => clearInterval(timer);
	}, []);
	return <Now.Provider value={now}>{children}</Now.Provider>;
}
