/** What the signature check reads of a cookie: enough to find a keygrip `.sig` companion beside it. */
export interface SignedCookie {
	name: string;
	value: string;
	domain: string;
	path: string;
}

/** Values longer than this are not checked: no library here writes a signed session this large. */
export const MAX_SIGNED_VALUE_LENGTH = 8192;
