/**
 * UUIDs (RFC 9562) carry fewer random bits than their 32 hex digits suggest: v4 has 122,
 * v7 has 74 after its 48-bit millisecond timestamp, v1/v6 are a timestamp plus a node id.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Random bits per UUID version (RFC 9562 §5); versions without randomness count 0. */
const RANDOM_BITS: Record<string, number> = { "4": 122, "7": 74, "8": 122 };

export interface UuidInfo {
	version: number;
	randomBits: number;
	timeBased: boolean;
}

export function parseUuid(value: string): UuidInfo | undefined {
	const version = UUID.exec(value)?.[1];
	if (version === undefined) return undefined;
	return {
		version: Number.parseInt(version, 16),
		randomBits: RANDOM_BITS[version] ?? 0,
		timeBased: version === "1" || version === "6" || version === "7",
	};
}
