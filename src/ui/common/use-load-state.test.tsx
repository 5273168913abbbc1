// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, test } from "vitest";
import { useLoadState } from "./use-load-state.ts";

afterEach(cleanup);

/** Does `step`, then lets every promise continuation run (a macrotask comes after all of them). */
const settle = (step: () => void) =>
	act(async () => {
		step();
		await new Promise((resolve) => setTimeout(resolve, 0));
	});

/** Replies the test hands out one by one, in the order it chooses. */
function replies<T>() {
	const pending: { resolve(value: T): void; reject(error: unknown): void }[] = [];
	const load = () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject }));
	const reply = (i: number) => pending[i] as (typeof pending)[number];
	return { load, reply };
}

describe("useLoadState", () => {
	test("is loading until the promise settles, then ready with its value", async () => {
		const { load, reply } = replies<string>();
		const { result } = renderHook(() => useLoadState(load));
		expect(result.current.state).toEqual({ status: "loading" });
		await settle(() => reply(0).resolve("report"));
		expect(result.current.state).toEqual({ status: "ready", value: "report" });
	});

	test.each([
		["an Error", new Error("The background is not running"), "The background is not running"],
		["a string", "no tab", "no tab"],
	])("a rejection with %s becomes the error state with its words", async (_, error, message) => {
		const { load, reply } = replies<string>();
		const { result } = renderHook(() => useLoadState(load));
		await settle(() => reply(0).reject(error));
		expect(result.current.state).toEqual({ status: "error", message });
	});

	test("reload keeps the current value on screen until the new one is in, and settles after it", async () => {
		const { load, reply } = replies<string>();
		const { result } = renderHook(() => useLoadState(load));
		await settle(() => reply(0).resolve("first"));
		let settled = false;
		act(() => {
			void result.current.reload().then(() => {
				settled = true;
			});
		});
		expect(result.current.state).toEqual({ status: "ready", value: "first" });
		expect(settled).toBe(false);
		await settle(() => reply(1).resolve("second"));
		await waitFor(() => expect(settled).toBe(true));
		expect(result.current.state).toEqual({ status: "ready", value: "second" });
	});

	test("a failed reload replaces the value with the error", async () => {
		const { load, reply } = replies<string>();
		const { result } = renderHook(() => useLoadState(load));
		await settle(() => reply(0).resolve("first"));
		act(() => void result.current.reload());
		await settle(() => reply(1).reject(new Error("gone")));
		expect(result.current.state).toEqual({ status: "error", message: "gone" });
	});

	test("only the latest call sets the state: an older reply that arrives last is dropped", async () => {
		const { load, reply } = replies<string>();
		const { result } = renderHook(() => useLoadState(load));
		act(() => void result.current.reload());
		await settle(() => reply(1).resolve("newer"));
		await settle(() => reply(0).resolve("older"));
		expect(result.current.state).toEqual({ status: "ready", value: "newer" });
	});

	test("a new key loads again with the latest load function; the same key does not", async () => {
		const asked: string[] = [];
		const { result, rerender } = renderHook(
			({ key }: { key: string }) =>
				useLoadState(async () => {
					asked.push(key);
					return `report of ${key}`;
				}, key),
			{ initialProps: { key: "?tab=1" } },
		);
		await waitFor(() => expect(result.current.state).toEqual({ status: "ready", value: "report of ?tab=1" }));
		rerender({ key: "?tab=1" });
		rerender({ key: "?tab=2" });
		await waitFor(() => expect(result.current.state).toEqual({ status: "ready", value: "report of ?tab=2" }));
		expect(asked).toEqual(["?tab=1", "?tab=2"]);
	});
});
