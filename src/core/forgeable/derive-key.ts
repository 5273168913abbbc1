/** One secret's HMAC keys, as each library derives them (signed-format.ts, KeyRecipe), through WebCrypto. */
import { concatBytes, utf8 } from "./bytes.ts";
import type { HashName, KeyRecipe } from "./signed-format.ts";

export type KeyDeriver = (recipe: KeyRecipe) => Promise<CryptoKey>;

function importHmac(subtle: SubtleCrypto, bytes: Uint8Array, hash: HashName): Promise<CryptoKey> {
	return subtle.importKey("raw", bytes as Uint8Array<ArrayBuffer>, { name: "HMAC", hash }, false, ["sign"]);
}

/** The secret imported once per hash: a raw key also derives itsdangerous's key. */
export function keyDeriver(subtle: SubtleCrypto, secret: Uint8Array): KeyDeriver {
	const raw = new Map<HashName, Promise<CryptoKey>>();
	const rawKey = (hash: HashName) => {
		let key = raw.get(hash);
		if (key === undefined) {
			key = importHmac(subtle, secret, hash);
			raw.set(hash, key);
		}
		return key;
	};
	return async (recipe) => {
		if (recipe.kind === "raw") return rawKey(recipe.hash);
		if (recipe.kind === "hmac-salt") {
			const derived = await subtle.sign("HMAC", await rawKey(recipe.hash), utf8(recipe.salt));
			return importHmac(subtle, new Uint8Array(derived), recipe.hash);
		}
		const derived = await subtle.digest(recipe.hash, concatBytes(utf8(recipe.salt), secret));
		return importHmac(subtle, new Uint8Array(derived), recipe.hash);
	};
}
