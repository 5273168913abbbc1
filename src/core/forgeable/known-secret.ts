/** A publicly known secret and where it is known from, as the signature check takes them. */
export interface KnownSecret {
	/** Text (signed as its UTF-8 bytes, as every library here does with a string secret) or raw bytes. */
	secret: string | Uint8Array;
	/**
	 * How a finding names where the secret comes from ("built-in: express-session README example",
	 * "wallarm/jwt-secrets wordlist", "your --secrets list"). Findings show this, never the secret.
	 */
	source: string;
}
