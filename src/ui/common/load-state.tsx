/** What every page shows before its data is there: the loading line, or the error that stopped it. */
import { useT } from "./i18n.ts";

export function Loading({ text }: { text: string }) {
	return <p class="state">{text}</p>;
}

/** The background's error, announced as it appears. */
export function LoadError({ message }: { message: string }) {
	const t = useT();
	return (
		<p class="state error" role="alert">
			{t("errorPrefix", [message])}
		</p>
	);
}
