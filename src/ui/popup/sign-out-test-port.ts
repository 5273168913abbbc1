/** What the popup's sign-out test panel asks of the background (docs/protocol.md, "The sign-out test"). */
import { createContext } from "preact";
import type { SignOutTestState } from "../../core/sign-out/sign-out-test.ts";

/** Each call answers the site's test, or undefined when the message failed (the banner says why). */
export interface SignOutTestPort {
	get(site: string): Promise<SignOutTestState | undefined>;
	start(site: string): Promise<SignOutTestState | undefined>;
	confirm(site: string, signedIn: boolean, keep: boolean): Promise<SignOutTestState | undefined>;
	cancel(site: string): Promise<SignOutTestState | undefined>;
	/** The test has a verdict: the report may show a new finding. */
	finished(): void;
}

/** The popup provides the tab's client; without one (a page no background answers) there is no test. */
export const SignOutTests = createContext<SignOutTestPort | undefined>(undefined);
