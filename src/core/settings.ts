/** Kept so existing imports of `core/settings.ts` keep working; the module lives in ./settings/. */
export * from "./settings/index.ts";
