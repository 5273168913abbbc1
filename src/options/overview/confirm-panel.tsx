import { useEffect, useRef } from "preact/hooks";
import { useT } from "../../ui/i18n.ts";

/** Asks before a destructive bulk action; takes focus so Enter confirms and Escape backs out. */
export function ConfirmPanel(props: {
	question: string;
	confirmLabel: string;
	onConfirm(): void;
	onCancel(): void;
}) {
	const t = useT();
	const confirm = useRef<HTMLButtonElement>(null);
	useEffect(() => confirm.current?.focus(), []);
	return (
		<div
			class="confirm"
			role="alertdialog"
			aria-labelledby="confirm-question"
			onKeyDown={(e) => e.key === "Escape" && props.onCancel()}
		>
			<p id="confirm-question">{props.question}</p>
			<button type="button" class="danger" data-confirm ref={confirm} onClick={props.onConfirm}>
				{props.confirmLabel}
			</button>{" "}
			<button type="button" class="secondary" onClick={props.onCancel}>
				{t("overviewCancel")}
			</button>
		</div>
	);
}
