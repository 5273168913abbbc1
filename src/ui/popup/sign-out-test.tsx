import { useEffect, useRef, useState } from "preact/hooks";
import type { SignOutTestState } from "../../core/sign-out/sign-out-test.ts";
import { useT } from "../common/i18n.ts";
import type { SignOutTestPort } from "./sign-out-test-port.ts";

/** While the background waits for the sign-out or reloads the page, the panel asks again this often. */
export const SIGN_OUT_POLL_MS = 1000;

function useSignOutTest(site: string, port: SignOutTestPort) {
	const [state, setState] = useState<SignOutTestState | undefined>(undefined);
	const previous = useRef<SignOutTestState | undefined>(undefined);
	const take = (next: SignOutTestState | undefined) => {
		if (!next) return;
		const before = previous.current?.phase;
		previous.current = next;
		setState(next);
		if (next.phase === "done" && before !== undefined && before !== "done") port.finished();
	};
	useEffect(() => {
		void port.get(site).then(take);
	}, [site, port]);
	const phase = state?.phase;
	useEffect(() => {
		if (phase !== "waiting" && phase !== "replaying") return;
		const timer = setTimeout(() => void port.get(site).then(take), SIGN_OUT_POLL_MS);
		return () => clearTimeout(timer);
	}, [state, site, port]);
	return { state, take };
}

/**
 * A site's sign-out test: start it, follow its phases, answer its question, read its verdict. A new test
 * needs a session cookie (`canStart`); one under way or done shows without, as after a sign-out or once
 * the jar is put back.
 */
export function SignOutTest(props: {
	site: string;
	port: SignOutTestPort;
	busy: boolean;
	canStart: boolean;
}) {
	const { site, port, busy } = props;
	const t = useT();
	const { state, take } = useSignOutTest(site, port);
	const [keep, setKeep] = useState(false);
	const [closed, setClosed] = useState(false);
	const phase = closed && state?.phase === "done" ? undefined : state?.phase;
	const start = () => {
		setClosed(false);
		setKeep(false);
		void port.start(site).then(take);
	};
	const cancel = (
		<button
			type="button"
			class="secondary"
			data-action="sign-out-cancel"
			onClick={() => void port.cancel(site).then(take)}
		>
			{t("cancel")}
		</button>
	);
	if (phase === undefined && !props.canStart) return null;
	let body = (
		<button type="button" class="secondary" data-action="sign-out-test" disabled={busy} onClick={start}>
			{t("signOutTestStart")}
		</button>
	);
	if (phase === "waiting") {
		body = (
			<>
				<p>{t("signOutTestWaiting")}</p>
				<div class="toolbar">{cancel}</div>
			</>
		);
	} else if (phase === "replaying") {
		body = (
			<>
				<p>{t("signOutTestReplaying", [state?.signedOutBy ?? "?"])}</p>
				<div class="toolbar">{cancel}</div>
			</>
		);
	} else if (phase === "confirm") {
		const answer = (signedIn: boolean) => void port.confirm(site, signedIn, keep).then(take);
		body = (
			<>
				<p>{t("signOutTestConfirm", [state?.answer ?? "?"])}</p>
				<label class="keep">
					<input
						type="checkbox"
						data-sign-out-keep
						checked={keep}
						onChange={(e) => setKeep(e.currentTarget.checked)}
					/>
					{t("signOutTestKeep")}
				</label>
				<div class="toolbar">
					<button type="button" class="danger" data-answer="signed-in" onClick={() => answer(true)}>
						{t("signOutTestSignedIn")}
					</button>
					<button type="button" class="secondary" data-answer="signed-out" onClick={() => answer(false)}>
						{t("signOutTestSignedOut")}
					</button>
				</div>
			</>
		);
	} else if (phase === "done" && state) {
		body = (
			<SignOutVerdict
				state={state}
				onAgain={props.canStart ? start : undefined}
				onClose={() => setClosed(true)}
				busy={busy}
			/>
		);
	}
	return (
		<section
			class="sign-out-test"
			aria-label={t("signOutTestLabel", [site])}
			data-sign-out-phase={phase ?? "none"}
		>
			<div role="status">{body}</div>
		</section>
	);
}

function SignOutVerdict(props: {
	state: SignOutTestState;
	busy: boolean;
	/** Absent when the site has no session cookie to test. */
	onAgain: (() => void) | undefined;
	onClose(): void;
}) {
	const { state } = props;
	const t = useT();
	const problems = state.problems ?? [];
	return (
		<>
			{state.verdict === "not-revoked" ? (
				<p class="sign-out-verdict sev-high" data-verdict="not-revoked">
					<strong>{t("signOutTestNotRevoked")}</strong>
				</p>
			) : (
				<p class="sign-out-verdict" data-verdict="revoked">
					{t("signOutTestRevoked", [state.answer ?? "?"])}
				</p>
			)}
			{state.putBack ? <p class="muted">{t("signOutTestPutBack")}</p> : null}
			{problems.length > 0 ? (
				<ul class="failures">
					{problems.map((problem) => (
						<li key={problem}>{problem}</li>
					))}
				</ul>
			) : null}
			<div class="toolbar">
				{props.onAgain ? (
					<button
						type="button"
						class="secondary"
						data-action="sign-out-test"
						disabled={props.busy}
						onClick={props.onAgain}
					>
						{t("signOutTestAgain")}
					</button>
				) : null}
				<button type="button" class="secondary" data-action="sign-out-close" onClick={props.onClose}>
					{t("signOutTestClose")}
				</button>
			</div>
		</>
	);
}
