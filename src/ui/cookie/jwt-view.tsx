import type { JwtInspection } from "../../core/token/jwt.ts";
import { formatDuration } from "../common/expiry.ts";
import { useT } from "../common/i18n.ts";
import { useNow } from "../common/now-context.ts";

function ExpCountdown({ exp }: { exp: unknown }) {
	const t = useT();
	const now = useNow();
	if (typeof exp !== "number") return <p class="warn">{t("jwtNoExp")}</p>;
	const left = exp - now;
	return (
		<p data-jwt-exp>
			{left <= 0 ? t("jwtExpired", [formatDuration(-left)]) : t("jwtExpiresIn", [formatDuration(left)])}
		</p>
	);
}

/** A JWT's header and claims as anyone holding the cookie can read them; nothing is verified. */
export function JwtView({
	jwt,
	header,
}: {
	jwt: JwtInspection;
	header: Record<string, unknown> | undefined;
}) {
	const t = useT();
	const shownHeader = header ?? (jwt.kind === "jws" ? { alg: jwt.alg } : { alg: jwt.alg, enc: jwt.enc });
	return (
		<div class="jwt" data-jwt={jwt.kind}>
			<span class="label">{jwt.kind === "jws" ? t("jwtHeader") : t("jweHeader")}</span>
			<pre class="code">{JSON.stringify(shownHeader, null, 2)}</pre>
			{jwt.kind === "jws" ? (
				<>
					<span class="label">{t("jwtClaims")}</span>
					<pre class="code">{JSON.stringify(jwt.claims, null, 2)}</pre>
					<ExpCountdown exp={jwt.claims.exp} />
				</>
			) : (
				<p class="muted">{t("jweOpaque")}</p>
			)}
		</div>
	);
}
