/**
 * Stopping the background in the middle of a jar-changing action, as the browser may at any moment
 * (docs/browser-quirks.md, "Stopping the background from a test"): the action is started without waiting
 * for it, the extension page watches the journal's count of cookies done in `storage.session`
 * (src/background/stores/journal-store.ts), and the armed stop lands once it reaches a given count.
 */
import type { World } from "./world.ts";

export interface Stopped {
	/** The count of cookies done that the test saw just before it stopped the background. */
	seen: number;
	/** The journal's count once the background stopped, if it had not woken and finished the action yet. */
	doneAtStop?: number;
}

/** Waits in the extension page until the journal counts `atLeast` cookies done; 0 when it came and went. */
function watchJournal(w: World, atLeast: number): Promise<number> {
	return w.api.page.evaluate(async (least) => {
		type Session = { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
		const g = globalThis as unknown as { browser?: Session; chrome: Session };
		const { session } = (g.browser ?? g.chrome).storage;
		const deadline = Date.now() + 10_000;
		let begun = false;
		while (Date.now() < deadline) {
			const done = (await session.get("journal:done"))["journal:done"];
			if (typeof done === "number" && done >= least) return done;
			// The journal came and went between two reads: the action is over.
			if (begun && done === undefined) return -1;
			begun ||= done !== undefined;
		}
		return -1;
	}, atLeast);
}

/**
 * Starts the action with `start`, stops the background once the journal counts `atLeast` cookies done,
 * and returns what was seen. The action runs on while the stop is on its way, so it was stopped at `seen`
 * or later. A cookie change wakes a stopped background (background-suspension.e2e.ts), so by the time
 * `storage.session` is read it may have finished the action already: then the journal is gone and the
 * finished interruption is there. Undefined when the action was done before the stop landed (a busy
 * machine): neither is in `storage.session`, and the action answered.
 */
export async function stopMidAction(
	w: World,
	start: () => Promise<unknown>,
	atLeast: number,
): Promise<Stopped | undefined> {
	const stopBackground = await arm(w);
	const reply = answered(start());
	const seen = await watchJournal(w, atLeast);
	await stopBackground();
	const session = await w.api.session();
	if (!("journal" in session) && !("journal:interrupted" in session)) {
		await reply;
		return undefined;
	}
	// The request's sender learns only that the background went away: the action never finished.
	if ((await reply) !== "never answered") throw new Error("the stopped action answered its request");
	if (seen < atLeast) throw new Error(`the journal never counted ${atLeast} done, yet it was left open`);
	const doneAtStop = session["journal:done"];
	return typeof doneAtStop === "number" ? { seen, doneAtStop } : { seen };
}

/**
 * Starts the action and stops the background at once, before its journal may be written, and says how
 * the request ended once it has: `"untouched"` when it died unanswered with no journal begun (the action
 * changed nothing); `"answered"` when the action ran to its end (before the stop landed, or after it, in
 * the next start, to which the browser delivered the request); `"interrupted"` when the stop cut it
 * short after its journal was written (the next start finishes it).
 */
export async function stopAtOnce(
	w: World,
	start: () => Promise<unknown>,
): Promise<"untouched" | "answered" | "interrupted"> {
	const stopBackground = await arm(w);
	const reply = answered(start());
	await stopBackground();
	if ((await reply) === "answered") return "answered";
	const session = await w.api.session();
	return "journal" in session || "journal:interrupted" in session ? "interrupted" : "untouched";
}

async function arm(w: World): Promise<() => Promise<void>> {
	const armStop = w.browser.armBackgroundStop;
	if (!armStop) throw new Error(`${w.browser.name} cannot stop its background at once`);
	return armStop.call(w.browser);
}

const answered = (request: Promise<unknown>) =>
	request.then(
		() => "answered" as const,
		() => "never answered" as const,
	);
