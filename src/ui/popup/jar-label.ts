/** Which cookie jar the tab uses, in words: private window, a Firefox container, or the default jar. */
import type { Translate } from "../common/i18n.ts";
import type { TabView } from "./popup-model.ts";

/** Firefox names container stores `firefox-container-<n>` (MDN contextualIdentities, cookieStoreId). */
const CONTAINER_STORE = /^firefox-container-/;

export function jarLabel(
	tab: Pick<TabView, "incognito" | "storeId" | "containerName">,
	t: Translate,
): string {
	if (tab.incognito) return t("jarPrivate");
	if (CONTAINER_STORE.test(tab.storeId)) return t("jarContainer", [tab.containerName ?? tab.storeId]);
	return t("jarDefault");
}
