import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";

/**
 * A native <details> (keyboard and screen-reader support for free) whose content is built only once
 * opened: a collapsed section of 500 cookies costs nothing on the first screen.
 */
export function Collapsible(props: {
	section: string;
	summary: ComponentChildren;
	children: () => ComponentChildren;
	initiallyOpen?: boolean;
}) {
	const [open, setOpen] = useState(props.initiallyOpen ?? false);
	return (
		<details
			class="collapsible"
			data-section={props.section}
			open={open}
			onToggle={(e) => setOpen(e.currentTarget.open)}
		>
			<summary>{props.summary}</summary>
			{open ? <div data-rendered>{props.children()}</div> : null}
		</details>
	);
}
