import type { SignInTestCookie, SignInTestResult } from "../../core/sign-in/sign-in-test.ts";
import { type MessageKey, useT } from "../common/i18n.ts";

const VERDICT: Record<SignInTestResult["verdict"], MessageKey> = {
	fixation: "signInTestFixation",
	renewed: "signInTestRenewed",
	"no-session": "signInTestNoSession",
};

const OUTCOME: Record<SignInTestCookie["outcome"], MessageKey> = {
	renewed: "signInOutcome_renewed",
	kept: "signInOutcome_kept",
	new: "signInOutcome_new",
	ended: "signInOutcome_ended",
};

/** A session cookie that kept its value is the fixation itself (docs/protocol.md, "Sign-ins"). */
function outcomeKey(c: SignInTestCookie, verdict: SignInTestResult["verdict"]): MessageKey {
	if (verdict === "fixation" && c.role === "session" && c.outcome === "kept") return "signInOutcome_fixation";
	return OUTCOME[c.outcome];
}

/** A finished sign-in test: its verdict, then one line per cookie of the site. */
export function SignInResult({ result }: { result: SignInTestResult }) {
	const t = useT();
	const { verdict } = result;
	return (
		<>
			<p
				class={verdict === "fixation" ? "sign-in-verdict sev-high" : "sign-in-verdict"}
				data-verdict={verdict}
			>
				{verdict === "fixation" ? <strong>{t(VERDICT[verdict])}</strong> : t(VERDICT[verdict])}
			</p>
			{result.cookies.length > 0 ? (
				<ul class="sign-in-cookies" aria-label={t("signInTestCookiesLabel")}>
					{result.cookies.map((c) => (
						<li
							key={`${c.cookie.name} ${c.cookie.domain} ${c.cookie.path}`}
							data-cookie={c.cookie.name}
							data-path={c.cookie.path}
							data-outcome={c.outcome}
						>
							{t("signInTestCookieLine", [c.cookie.name, t(`role_${c.role}`), t(outcomeKey(c, verdict))])}
						</li>
					))}
				</ul>
			) : null}
		</>
	);
}
