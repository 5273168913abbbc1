import { describe } from "vitest";
import { cookiePortContract } from "../../../src/platform/testing/cookie-port-contract.ts";
import { BROWSERS } from "../harness/browsers/browsers.ts";
import { world } from "../harness/world.ts";

/** The contract the in-memory fake keeps (src/platform/fakes/fake-cookie-port.test.ts), in the real browsers. */
describe.each(BROWSERS)("%s: the real cookie mapping keeps the cookie-port contract", (name) => {
	const w = world(name, { api: true });

	cookiePortContract(() => w.api.cookies);
});
