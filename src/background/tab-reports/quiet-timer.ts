/** Fires once things have been quiet for `delayMs`, but no later than `maxWaitMs` after the first poke. */
export interface QuietTimer {
	poke(): void;
	cancel(): void;
}

export interface SchedulerTiming {
	/** Quiet period after the last change. */
	delayMs: number;
	/** Longest wait after the first change, so a steady stream of changes cannot starve the refresh. */
	maxWaitMs: number;
}

export function createQuietTimer(timing: SchedulerTiming, fire: () => void): QuietTimer {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let firstAt: number | undefined;
	const cancel = () => {
		clearTimeout(timer);
		timer = undefined;
		firstAt = undefined;
	};
	return {
		poke() {
			const now = Date.now();
			firstAt ??= now;
			clearTimeout(timer);
			const wait = Math.max(0, Math.min(timing.delayMs, firstAt + timing.maxWaitMs - now));
			timer = setTimeout(() => {
				cancel();
				fire();
			}, wait);
		},
		cancel,
	};
}
