/**
 * A rule's title and description for the details view, loaded on first use: the catalogue carries every
 * rule's checks and their dependencies (tldts' public-suffix list among them), far too heavy for the
 * popup's first screen (budget: 60 kB gzip).
 */
import { useEffect, useState } from "preact/hooks";
import type { RuleMeta } from "../../core/rules/rule.ts";

let catalogue: Promise<typeof import("../../core/rules/catalogue.ts")> | undefined;

export function useRuleMeta(id: string): RuleMeta | undefined {
	const [meta, setMeta] = useState<RuleMeta | undefined>(undefined);
	useEffect(() => {
		let current = true;
		catalogue ??= import("../../core/rules/catalogue.ts");
		catalogue.then((m) => current && setMeta(m.findRule(id))).catch(() => undefined);
		return () => {
			current = false;
		};
	}, [id]);
	return meta;
}
