import { EventEmitter } from "node:events";
import { describe, expect, test } from "vitest";
import { quietWriter } from "./closed-pipe.ts";

function fakeStream() {
	const emitter = new EventEmitter();
	const written: string[] = [];
	return Object.assign(emitter, { written, write: (text: string) => written.push(text) });
}

describe("quietWriter", () => {
	test("drops writes after EPIPE instead of throwing", () => {
		const stream = fakeStream();
		const others: Error[] = [];
		const write = quietWriter(stream, (error) => others.push(error));
		write("a");
		stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
		write("b");
		expect(stream.written).toEqual(["a"]);
		expect(others).toEqual([]);
	});

	test("hands any other stream error to onOtherError", () => {
		const stream = fakeStream();
		const others: string[] = [];
		quietWriter(stream, (error) => others.push(error.message));
		stream.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }));
		expect(others).toEqual(["write EIO"]);
	});
});
