import { useState } from "preact/hooks";
import { useT } from "../common/i18n.ts";

/** Values are secrets: masked until the user reveals them (docs/design.md, "Privacy"); copy works either way. */
export function CookieValue({
	value,
	onCopy,
}: {
	value: string | undefined;
	onCopy: (text: string) => void;
}) {
	const t = useT();
	const [revealed, setRevealed] = useState(false);
	if (value === undefined) return <p class="muted">{t("valueNotInReport")}</p>;
	const shown = revealed ? value : "•".repeat(Math.min(24, Math.max(8, value.length)));
	return (
		<div class="value-row">
			<span class="label">{t("value")}</span>
			<code class="value" data-value-shown={revealed ? "revealed" : "masked"}>
				{shown}
			</code>
			<button type="button" class="small" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
				{revealed ? t("hideValue") : t("revealValue")}
			</button>
			<button type="button" class="small" onClick={() => onCopy(value)}>
				{t("copyValue")}
			</button>
		</div>
	);
}
