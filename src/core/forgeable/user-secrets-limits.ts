/**
 * What the extension keeps of the user's own secret list (options page, "Your secrets"):
 * `storage.local` has about 10 MB for everything without unlimitedStorage, which the extension does not ask for.
 */
export const USER_SECRETS_LIMITS = Object.freeze({ bytes: 1024 * 1024, secrets: 100_000 });
