/** What the background needs to know about tabs, through a narrow port. */
export interface TabInfo {
	id: number;
	url: string;
	/** The cookie store of the tab: a container or private store in Firefox, the incognito store in Chrome. */
	storeId: string;
	incognito: boolean;
	/** The name of the tab's Firefox container ("Personal", "Work" …), when it is in one. */
	containerName?: string;
}

export interface TabPort {
	get(tabId: number): Promise<TabInfo>;
	/** URLs of every frame of the tab, the top-level document first. */
	frameUrls(tabId: number): Promise<string[]>;
	/** Every open tab's id (no "tabs" permission needed for ids). */
	allTabIds(): Promise<number[]>;
	/** A document committed or finished loading in one of the tab's frames. */
	onNavigated(listener: (tabId: number) => void): void;
	/** The user switched to this tab. */
	onActivated(listener: (tabId: number) => void): void;
	onRemoved(listener: (tabId: number) => void): void;
}
