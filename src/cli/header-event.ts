/** One Set-Cookie header as received: the header and the URL of the response that carried it. */
export interface HeaderEvent {
	setCookie: string;
	url: string;
}
