import { expect, test } from "vitest";
import { createCountProgress } from "./count-progress.ts";

function io(stderrIsTTY: boolean) {
	let now = 0;
	const written: string[] = [];
	return {
		io: { stderr: (t: string) => written.push(t), stderrIsTTY, now: () => now },
		advance: (ms: number) => {
			now += ms;
		},
		written,
	};
}

test("on a terminal: at most every 200 ms, always the last count, then erased", () => {
	const t = io(true);
	const progress = createCountProgress(t.io, "checking");
	progress.update(256, 1000);
	t.advance(50);
	progress.update(512, 1000);
	t.advance(200);
	progress.update(768, 1000);
	progress.update(1000, 1000);
	progress.done();
	expect(t.written).toEqual([
		"\r\u001b[2Ksession-hygiene: checking 256/1,000",
		"\r\u001b[2Ksession-hygiene: checking 768/1,000",
		"\r\u001b[2Ksession-hygiene: checking 1,000/1,000",
		"\r\u001b[2K",
	]);
});

test("not a terminal: nothing at all", () => {
	const t = io(false);
	const progress = createCountProgress(t.io, "checking");
	progress.update(1, 2);
	progress.done();
	expect(t.written).toEqual([]);
});
