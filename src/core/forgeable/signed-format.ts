/**
 * The signed-cookie formats whose signature the `forgeable-session` check recomputes (docs/design.md,
 * "Version 2"), and what one signed value to check is: the bytes a library signs, the signature it wrote,
 * and how that library turns a secret into its HMAC key.
 */

export type SignedFormat = "cookie-signature" | "keygrip" | "itsdangerous" | "django-signing" | "jwt";

/** How reports name each format: the library and the frameworks that use it by default. */
export const FORMAT_NAMES: Readonly<Record<SignedFormat, string>> = {
	"cookie-signature": "express-session / cookie-parser (cookie-signature)",
	keygrip: "cookie-session / Koa (keygrip .sig cookie)",
	itsdangerous: "Flask session (itsdangerous)",
	"django-signing": "Django signed-cookie session (django.core.signing)",
	jwt: "JWT (HMAC)",
};

/** WebCrypto's names for the hashes these libraries use. */
export type HashName = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

/**
 * From secret to HMAC key: the secret itself (`raw`), itsdangerous's "hmac" key derivation
 * (HMAC(secret, salt)), or Django's salted_hmac (hash(salt + secret)). The HMAC of the value then uses
 * the same hash.
 */
export type KeyRecipe =
	| { kind: "raw"; hash: HashName }
	| { kind: "hmac-salt"; hash: HashName; salt: string }
	| { kind: "digest-salt"; hash: HashName; salt: string };

/** One signed value to check against the secrets, parsed once. */
export interface SignedCandidate {
	/** Index of the cookie in the list given to `signedCandidates`. */
	cookie: number;
	format: SignedFormat;
	recipe: KeyRecipe;
	/** The bytes the library signs. */
	message: Uint8Array<ArrayBuffer>;
	/** The signature found in the cookie, decoded. */
	signature: Uint8Array;
	/** Everything the verdict depends on (the signed text and its signature), for a cache key. */
	signed: string;
}

/** One id per recipe: candidates sharing it share one derived key per secret. */
export function recipeId(recipe: KeyRecipe): string {
	return recipe.kind === "raw" ? `raw:${recipe.hash}` : `${recipe.kind}:${recipe.hash}:${recipe.salt}`;
}

/** The byte length of a hash's output, which a signature must have. */
export const DIGEST_BYTES: Readonly<Record<HashName, number>> = {
	"SHA-1": 20,
	"SHA-256": 32,
	"SHA-384": 48,
	"SHA-512": 64,
};
