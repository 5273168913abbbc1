/**
 * The one import of webextension-polyfill in the project (Biome forbids it elsewhere): it gives
 * Chrome the promise-based `browser.*` namespace that Firefox has natively.
 */
import browser from "webextension-polyfill";

export type { Cookies, Runtime, Tabs } from "webextension-polyfill";
export { browser };
