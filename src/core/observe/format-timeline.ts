/**
 * The details line of a cookie's timeline: "set by POST /login 302 · 12:01:07, changed by script ·
 * 12:03:40". Times are UTC HH:MM:SS unless the caller passes a formatter: core knows no time zone
 * (docs/conventions.md, "Code shape"), so a page that wants local time passes one built on Intl.
 */
import type { TimelineEvent, TimelineWriter } from "./timeline.ts";

export type TimeFormat = (timeMs: number) => string;

const two = (n: number): string => String(n).padStart(2, "0");

/** UTC HH:MM:SS of an epoch-milliseconds time. */
export function utcClock(timeMs: number): string {
	const d = new Date(timeMs);
	return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

function writerText(by: TimelineWriter): string {
	if (by === "script") return "script";
	if (by === "browser") return "the browser";
	if (by === "unseen") return "an unseen writer (no response of the site heard yet)";
	return `${by.method} ${by.path} ${by.status}`;
}

/** The events of one cookie, oldest first, as one line; empty when there are none. */
export function formatTimeline(events: readonly TimelineEvent[], time: TimeFormat = utcClock): string {
	return events.map((e) => `${e.kind} by ${writerText(e.by)} · ${time(e.timeMs)}`).join(", ");
}
