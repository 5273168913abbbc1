/** What makes tab reports stale, collected until the next refresh: sites whose cookies changed, tabs, or all. */
export interface PendingWork {
	sites: string[];
	tabs: number[];
	all: boolean;
}

export interface PendingSet {
	/** Adds to the pending work; true when something new was added (worth persisting). */
	add(work: Partial<PendingWork>): boolean;
	/** The pending work, leaving nothing pending. */
	take(): PendingWork;
	snapshot(): PendingWork;
}

export const isEmptyWork = (w: PendingWork) => w.sites.length === 0 && w.tabs.length === 0 && !w.all;

export function createPendingSet(): PendingSet {
	const sites = new Set<string>();
	const tabs = new Set<number>();
	let all = false;
	const snapshot = (): PendingWork => ({ sites: [...sites], tabs: [...tabs], all });
	return {
		add(work) {
			const before = sites.size + tabs.size + Number(all);
			for (const s of work.sites ?? []) sites.add(s);
			for (const t of work.tabs ?? []) tabs.add(t);
			all ||= work.all ?? false;
			return sites.size + tabs.size + Number(all) > before;
		},
		take() {
			const work = snapshot();
			sites.clear();
			tabs.clear();
			all = false;
			return work;
		},
		snapshot,
	};
}
