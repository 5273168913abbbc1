import { useEffect, useRef } from "preact/hooks";
import { useT } from "./i18n.ts";

/** An inline confirmation: takes focus so Enter confirms and Escape or Cancel backs out. */
export function ConfirmPanel(props: {
	id: string;
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
			aria-labelledby={`${props.id}-q`}
			onKeyDown={(e) => e.key === "Escape" && props.onCancel()}
		>
			<p id={`${props.id}-q`}>{props.question}</p>
			<button type="button" class="danger" data-confirm ref={confirm} onClick={props.onConfirm}>
				{props.confirmLabel}
			</button>
			<button type="button" class="secondary" onClick={props.onCancel}>
				{t("cancel")}
			</button>
		</div>
	);
}
