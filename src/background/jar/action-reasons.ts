/** Why an action could not be done to a cookie, in plain words for the person who asked. */
import { bareDomain } from "../../core/cookie.ts";

const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

export const reasons = {
	noAccess: (domain: string) =>
		`Session Hygiene has no access to ${bareDomain(domain)}: allow access to the site, then try again.`,
	gone: () =>
		"It is no longer in the browser: the site or the browser removed or replaced it since the report.",
	stillThere: (browserMessage?: string) =>
		browserMessage
			? `The browser refused to delete it: ${browserMessage}`
			: "The browser kept it: it is still there after the deletion.",
	notStored: (browserMessage?: string) =>
		browserMessage ? `The browser refused to store it: ${browserMessage}` : "The browser did not store it.",
	changedMeanwhile: (fields: readonly string[]) =>
		`It changed since the report (${fields.join(", ")}): reload the report and try again.`,
	storedDifferently: (fields: readonly string[]) =>
		`The browser stored it with a different ${fields.join(", ")} than asked.`,
	expiredBeforeRestore: (expires: number) =>
		`It expired on ${iso(expires)}: restoring it now would delete it, so it was left out.`,
	expiryCapped: (stored: number) =>
		`The browser shortened the expiry to ${iso(stored)} (its maximum lifetime).`,
};
