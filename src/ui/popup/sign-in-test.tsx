import { useEffect, useState } from "preact/hooks";
import type { SignInTestState } from "../../core/sign-in/sign-in-test.ts";
import { useT } from "../common/i18n.ts";
import { clockTime } from "./clock-time.ts";
import { SignInResult } from "./sign-in-result.tsx";
import type { SignInTestPort } from "./sign-in-test-port.ts";

/** A site's sign-in test (docs/protocol.md, "Sign-ins"): start it, sign in on the page, finish or cancel it. */
export function SignInTest(props: { site: string; port: SignInTestPort; busy: boolean }) {
	const { site, port, busy } = props;
	const t = useT();
	const [state, setState] = useState<SignInTestState | undefined>(undefined);
	// A result from an earlier popup is old news; only one finished here is shown.
	const [showResult, setShowResult] = useState(false);
	const take = (next: SignInTestState | undefined) => {
		if (next) setState(next);
	};
	useEffect(() => {
		void port.get(site).then(take);
	}, [site, port]);
	const start = () => {
		setShowResult(false);
		void port.start(site).then(take);
	};
	const finish = () =>
		void port.finish(site).then((next) => {
			take(next);
			if (!next) return;
			setShowResult(true);
			port.finished();
		});
	const running = state?.running;
	const result = showResult && !running ? state?.result : undefined;
	let phase = "idle";
	let body = (
		<div class="toolbar">
			<button type="button" class="secondary" data-action="sign-in-test" disabled={busy} onClick={start}>
				{t("signInTestStart")}
			</button>
		</div>
	);
	if (running) {
		phase = "running";
		body = (
			<>
				<p>{t("signInTestRunning", [clockTime(running.startedAt)])}</p>
				<div class="toolbar">
					<button type="button" data-action="sign-in-finish" disabled={busy} onClick={finish}>
						{t("signInTestFinish")}
					</button>
					<button
						type="button"
						class="secondary"
						data-action="sign-in-cancel"
						onClick={() => void port.cancel(site).then(take)}
					>
						{t("cancel")}
					</button>
				</div>
			</>
		);
	} else if (result) {
		phase = "done";
		body = (
			<>
				<SignInResult result={result} />
				<div class="toolbar">
					<button type="button" class="secondary" data-action="sign-in-test" disabled={busy} onClick={start}>
						{t("signInTestAgain")}
					</button>
				</div>
			</>
		);
	}
	return (
		<section class="sign-in-test" aria-label={t("signInTestLabel", [site])} data-sign-in-phase={phase}>
			<div role="status">{body}</div>
		</section>
	);
}
