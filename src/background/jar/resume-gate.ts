/**
 * The promise of this start's resume of an interrupted action (resume-interrupted.ts). Every journaled
 * action waits for it, so a message that wakes the background cannot begin while the last action is
 * being finished. Module state, disposable like the background itself.
 */
let resumed: Promise<void> = Promise.resolve();

export function afterResume(): Promise<void> {
	return resumed;
}

export function setResume(resume: Promise<void>): void {
	resumed = resume;
}
