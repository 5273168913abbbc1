/** What the background needs to know about a tab, through a narrow port. */
export interface TabInfo {
	id: number;
	url: string;
	/** The cookie store of the tab: a container or private store in Firefox, the incognito store in Chrome. */
	storeId: string;
	incognito: boolean;
}

export interface TabPort {
	get(tabId: number): Promise<TabInfo>;
	/** URLs of every frame of the tab, the top-level document first. */
	frameUrls(tabId: number): Promise<string[]>;
}
