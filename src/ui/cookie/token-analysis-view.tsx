import { useMemo } from "preact/hooks";
import { useT } from "../common/i18n.ts";
import { JwtView } from "./jwt-view.tsx";
import { tokenFacts } from "./token-facts.ts";

/** Token analysis of a value: estimated entropy, shape, what it decodes to, JWTs inside. */
export function TokenAnalysisView({ value }: { value: string }) {
	const t = useT();
	const facts = useMemo(() => tokenFacts(value), [value]);
	const { analysis, decoded } = facts;
	return (
		<section class="token" aria-label={t("tokenAnalysis")} data-token-kind={analysis.kind}>
			<h3>{t("tokenAnalysis")}</h3>
			<p data-entropy-bits={analysis.entropy.bits}>
				{t("entropyLine", [
					String(analysis.entropy.bits),
					String(analysis.entropy.length),
					analysis.entropy.charset.name,
				])}
				{" · "}
				{t(`tokenKind_${analysis.kind}`)}
				{analysis.weakness ? ` · ${t("weakness", [analysis.weakness])}` : null}
				{analysis.envelope ? ` · ${t("envelope", [analysis.envelope])}` : null}
			</p>
			{analysis.embedded.length > 0 ? (
				<p class="warn">
					{t("embeddedData", [analysis.embedded.map((e) => `${e.kind} (${e.where})`).join(", ")])}
				</p>
			) : null}
			{decoded ? (
				<div>
					<span class="label">{t("decodedVia", [decoded.via])}</span>
					<pre class="code" data-decoded>
						{decoded.text}
					</pre>
				</div>
			) : null}
			{analysis.jwts.map((jwt, i) => (
				<JwtView key={String(i)} jwt={jwt} header={i === 0 ? facts.jwtHeader : undefined} />
			))}
		</section>
	);
}
