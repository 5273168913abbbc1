// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, expect, test, vi } from "vitest";
import type { SignOutTestState } from "../../core/sign-out/sign-out-test.ts";
import { SIGN_OUT_POLL_MS, SignOutTest } from "./sign-out-test.tsx";
import type { SignOutTestPort } from "./sign-out-test-port.ts";

afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

const SITE = "example.test";
const WAITING: SignOutTestState = { site: SITE, phase: "waiting", startedAt: 1, cookies: ["sid"] };
const CONFIRM: SignOutTestState = {
	...WAITING,
	phase: "confirm",
	signedOutAt: 2,
	signedOutBy: "GET /logout 303",
	answer: "GET /account 200",
	replay: "accepted",
};

/** A port whose background answers `get` with each state in turn (the last one repeats). */
function fakePort(gets: SignOutTestState[], reply: SignOutTestState = { site: SITE }) {
	const calls: unknown[][] = [];
	let finished = 0;
	let next = 0;
	const port: SignOutTestPort = {
		get: async (site) => {
			calls.push(["get", site]);
			return gets[Math.min(next++, gets.length - 1)];
		},
		start: async (site) => {
			calls.push(["start", site]);
			return WAITING;
		},
		confirm: async (site, signedIn, keep) => {
			calls.push(["confirm", site, signedIn, keep]);
			return reply;
		},
		cancel: async (site) => {
			calls.push(["cancel", site]);
			return { site };
		},
		finished: () => {
			finished += 1;
		},
	};
	return { port, calls, finished: () => finished };
}

const phase = (container: Element) =>
	container.querySelector<HTMLElement>("[data-sign-out-phase]")?.dataset.signOutPhase;

test("without a test the site offers Test sign-out; pressing it starts the test and says what to do", async () => {
	const { port, calls } = fakePort([{ site: SITE }]);
	const { container } = render(<SignOutTest site={SITE} port={port} busy={false} canStart />);
	fireEvent.click(await screen.findByRole("button", { name: "Test sign-out" }));
	expect(
		await screen.findByText(
			"Sign-out test: sign out on the page as usual. Session Hygiene will then restore your session and reload the page.",
		),
	).toBeTruthy();
	expect(phase(container)).toBe("waiting");
	expect(calls).toEqual([
		["get", SITE],
		["start", SITE],
	]);
});

test("while waiting it asks again, and shows the sign-out it saw while the page reloads", async () => {
	vi.useFakeTimers();
	const replaying: SignOutTestState = { ...WAITING, phase: "replaying", signedOutBy: "GET /logout 303" };
	const { port, calls } = fakePort([WAITING, replaying]);
	const { container } = render(<SignOutTest site={SITE} port={port} busy={false} canStart />);
	await act(async () => {
		await vi.advanceTimersByTimeAsync(0);
	});
	expect(phase(container)).toBe("waiting");
	await act(async () => {
		await vi.advanceTimersByTimeAsync(SIGN_OUT_POLL_MS);
	});
	expect(phase(container)).toBe("replaying");
	expect(screen.getByRole("status").textContent).toBe(
		"Signed out (GET /logout 303). Restored the session and reloading the page…Cancel",
	);
	expect(calls).toEqual([
		["get", SITE],
		["get", SITE],
	]);
});

test("Cancel ends the test and offers Test sign-out again", async () => {
	const { port, calls } = fakePort([WAITING]);
	const { container } = render(<SignOutTest site={SITE} port={port} busy={false} canStart />);
	fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
	expect(await screen.findByRole("button", { name: "Test sign-out" })).toBeTruthy();
	expect(phase(container)).toBe("none");
	expect(calls).toEqual([
		["get", SITE],
		["cancel", SITE],
	]);
});

test("a reopened popup asks the question; Yes with Keep checked sends both and shows the high verdict", async () => {
	const notRevoked: SignOutTestState = { ...CONFIRM, phase: "done", verdict: "not-revoked", putBack: false };
	const { port, calls, finished } = fakePort([CONFIRM], notRevoked);
	const { container } = render(<SignOutTest site={SITE} port={port} busy={false} canStart />);
	expect(
		await screen.findByText(
			"The server answered GET /account 200 to the restored session. Does the page show you signed in?",
		),
	).toBeTruthy();
	const keep = screen.getByRole<HTMLInputElement>("checkbox", { name: "Keep the restored session" });
	expect(keep.checked).toBe(false);
	fireEvent.click(keep);
	fireEvent.click(screen.getByRole("button", { name: "Yes, still signed in" }));
	const verdict = await screen.findByText(
		"Logout did not end the session on the server: the restored session still signs you in",
	);
	expect(verdict.closest("[data-verdict]")?.getAttribute("data-verdict")).toBe("not-revoked");
	expect(verdict.closest(".sev-high")).not.toBeNull();
	expect(screen.queryByText("Your cookies were put back as the sign-out left them")).toBeNull();
	expect(calls).toEqual([
		["get", SITE],
		["confirm", SITE, true, true],
	]);
	expect(finished()).toBe(1);
	expect(phase(container)).toBe("done");
});

test("No, signed out sends keep false and shows the revoked verdict, the put-back jar and its problems", async () => {
	const revoked: SignOutTestState = {
		...CONFIRM,
		phase: "done",
		verdict: "revoked",
		putBack: true,
		problems: ["csrftoken (app.example.test/): the store refused it"],
	};
	const { port, calls } = fakePort([CONFIRM], revoked);
	render(<SignOutTest site={SITE} port={port} busy={false} canStart />);
	fireEvent.click(await screen.findByRole("button", { name: "No, signed out" }));
	expect(
		await screen.findByText(
			"Logout ended the session on the server (the restored session was refused: GET /account 200)",
		),
	).toBeTruthy();
	expect(screen.getByText("Your cookies were put back as the sign-out left them")).toBeTruthy();
	expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
		"csrftoken (app.example.test/): the store refused it",
	]);
	expect(calls).toEqual([
		["get", SITE],
		["confirm", SITE, false, false],
	]);
});

test("a verdict found before the popup opened is shown without refreshing the report; Close hides it", async () => {
	const done: SignOutTestState = {
		...CONFIRM,
		phase: "done",
		replay: "revoked",
		verdict: "revoked",
		putBack: true,
	};
	const { port, finished } = fakePort([done]);
	const { container } = render(<SignOutTest site={SITE} port={port} busy={false} canStart />);
	fireEvent.click(await screen.findByRole("button", { name: "Close" }));
	expect(screen.getByRole("button", { name: "Test sign-out" })).toBeTruthy();
	expect(phase(container)).toBe("none");
	expect(finished()).toBe(0);
});

test("a site whose session cookie is gone still shows its test's verdict, but offers no new test", async () => {
	const done: SignOutTestState = { ...CONFIRM, phase: "done", verdict: "revoked", putBack: true };
	const { port } = fakePort([done]);
	const { container } = render(<SignOutTest site={SITE} port={port} busy={false} canStart={false} />);
	expect(
		await screen.findByText(
			"Logout ended the session on the server (the restored session was refused: GET /account 200)",
		),
	).toBeTruthy();
	fireEvent.click(screen.getByRole("button", { name: "Close" }));
	expect(phase(container)).toBe(undefined);
});
