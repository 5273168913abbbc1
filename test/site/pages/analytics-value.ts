import { randomInt } from "node:crypto";

/** A Google Analytics style value: GA1.1.<random client id>.<first visit, epoch seconds>. */
export function analyticsValue(): string {
	return `GA1.1.${randomInt(1_000_000_000, 2_000_000_000)}.${Math.floor(Date.now() / 1000)}`;
}
