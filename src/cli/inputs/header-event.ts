/** One Set-Cookie header as received: the header and the URL of the response that carried it. */
export interface HeaderEvent {
	setCookie: string;
	url: string;
	/** When it was received (epoch seconds), if known (a HAR's startedDateTime); else the audit clock. */
	at?: number;
}
