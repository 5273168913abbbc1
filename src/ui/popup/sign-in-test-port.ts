/** What the popup's sign-in test panel asks of the background (docs/protocol.md, "Sign-ins"). */
import { createContext } from "preact";
import type { SignInTestState } from "../../core/sign-in/sign-in-test.ts";

/** Each call answers the site's test, or undefined when the message failed (the banner says why). */
export interface SignInTestPort {
	get(site: string): Promise<SignInTestState | undefined>;
	start(site: string): Promise<SignInTestState | undefined>;
	finish(site: string): Promise<SignInTestState | undefined>;
	cancel(site: string): Promise<SignInTestState | undefined>;
	/** The test has a result: the report may show a new finding. */
	finished(): void;
}

/** The popup provides the tab's client; without one (a page no background answers) there is no test. */
export const SignInTests = createContext<SignInTestPort | undefined>(undefined);
