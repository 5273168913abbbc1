// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, expect, test } from "vitest";
import type { SignInTestResult, SignInTestState } from "../../core/sign-in/sign-in-test.ts";
import { SignInTest } from "./sign-in-test.tsx";
import type { SignInTestPort } from "./sign-in-test-port.ts";

afterEach(cleanup);

const SITE = "example.test";
/** 19:05 local time: the panel shows times of day on the user's clock. */
const STARTED = new Date(2030, 0, 1, 19, 5).getTime() / 1000;
const cookie = (name: string) => ({
	name,
	domain: "app.example.test",
	path: "/",
	hostOnly: true,
	storeId: "0",
	partitionKey: null,
});

const FIXATION: SignInTestResult = {
	startedAt: STARTED,
	finishedAt: STARTED + 30,
	verdict: "fixation",
	cookies: [
		{ cookie: cookie("sid"), role: "session", outcome: "kept" },
		{ cookie: cookie("csrftoken"), role: "csrf", outcome: "renewed" },
		{ cookie: cookie("_ga"), role: "other", outcome: "kept" },
		{ cookie: cookie("tmp"), role: "other", outcome: "ended" },
	],
};

function fakePort(initial: SignInTestState, finished: SignInTestState) {
	const calls: string[] = [];
	let reloads = 0;
	const answer = (name: string, state: SignInTestState) => async (site: string) => {
		calls.push(`${name} ${site}`);
		return state;
	};
	const port: SignInTestPort = {
		get: answer("get", initial),
		start: answer("start", { site: SITE, running: { startedAt: STARTED } }),
		finish: answer("finish", finished),
		cancel: answer("cancel", { site: SITE }),
		finished: () => {
			reloads += 1;
		},
	};
	return { port, calls, reloads: () => reloads };
}

const lines = (container: ParentNode) =>
	[...container.querySelectorAll("[data-cookie]")].map((li) => li.textContent);

test("start shows the running state with Finish and Cancel; Finish shows the verdict and every cookie, then reloads", async () => {
	const fake = fakePort({ site: SITE }, { site: SITE, result: FIXATION });
	const { container } = render(<SignInTest site={SITE} port={fake.port} busy={false} />);
	fireEvent.click(await screen.findByRole("button", { name: "Test sign-in" }));
	expect((await screen.findByText(/^Sign-in test running since/)).textContent).toBe(
		"Sign-in test running since 19:05. Sign in on the page as usual, then open Session Hygiene again and press Finish.",
	);
	expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
	fireEvent.click(screen.getByRole("button", { name: "Finish" }));
	const verdict = await screen.findByText(
		"Session fixation: the session id kept its value across your sign-in",
	);
	expect(verdict.closest("p")?.className).toBe("sign-in-verdict sev-high");
	expect(lines(container)).toEqual([
		"sid (session): kept its value (session fixation)",
		"csrftoken (csrf token): renewed",
		"_ga (other): kept its value",
		"tmp (other): ended",
	]);
	expect(fake.calls).toEqual([`get ${SITE}`, `start ${SITE}`, `finish ${SITE}`]);
	expect(fake.reloads()).toBe(1);
});

test("a test running when the popup opens shows at once; Cancel ends it", async () => {
	const fake = fakePort({ site: SITE, running: { startedAt: STARTED } }, { site: SITE });
	const { container } = render(<SignInTest site={SITE} port={fake.port} busy={false} />);
	fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
	await screen.findByRole("button", { name: "Test sign-in" });
	expect(container.querySelector("[data-sign-in-phase]")?.getAttribute("data-sign-in-phase")).toBe("idle");
	expect(fake.calls).toEqual([`get ${SITE}`, `cancel ${SITE}`]);
	expect(fake.reloads()).toBe(0);
});

test("renewed and no-session verdicts are plain lines; a first-set cookie is new at sign-in", async () => {
	const renewed: SignInTestResult = {
		...FIXATION,
		verdict: "renewed",
		cookies: [{ cookie: cookie("sid"), role: "session", outcome: "new" }],
	};
	const fake = fakePort({ site: SITE, running: { startedAt: STARTED } }, { site: SITE, result: renewed });
	const { container } = render(<SignInTest site={SITE} port={fake.port} busy={false} />);
	fireEvent.click(await screen.findByRole("button", { name: "Finish" }));
	const verdict = await screen.findByText("The sign-in renewed the session id");
	expect(verdict.className).toBe("sign-in-verdict");
	expect(lines(container)).toEqual(["sid (session): new at sign-in"]);
	cleanup();
	const none = fakePort(
		{ site: SITE, running: { startedAt: STARTED } },
		{ site: SITE, result: { ...FIXATION, verdict: "no-session", cookies: [] } },
	);
	render(<SignInTest site={SITE} port={none.port} busy={false} />);
	fireEvent.click(await screen.findByRole("button", { name: "Finish" }));
	expect((await screen.findByText("No session cookie before or after the sign-in")).tagName).toBe("P");
});

test("a result from an earlier popup is not shown again; a failed message leaves the panel as it was", async () => {
	const fake = fakePort({ site: SITE, result: FIXATION }, { site: SITE });
	fake.port.start = async () => undefined;
	const { container } = render(<SignInTest site={SITE} port={fake.port} busy={false} />);
	fireEvent.click(await screen.findByRole("button", { name: "Test sign-in" }));
	await waitFor(() => expect(fake.calls).toEqual([`get ${SITE}`]));
	expect(container.querySelector("[data-verdict]")).toBeNull();
	expect(container.querySelector("[data-sign-in-phase]")?.getAttribute("data-sign-in-phase")).toBe("idle");
});
