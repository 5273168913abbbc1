import { expect, test } from "vitest";
import { rejectedText } from "./rejected-note.ts";

const REFUSED = {
	setCookie: "theme=…; SameSite=None",
	url: "https://app.example.com/login",
	reason: "samesite-none-insecure",
	message: 'Refused cookie "theme": SameSite=None requires the Secure attribute.',
};

test("an observed response is named after the message; a header without one keeps its message", () => {
	const response = {
		method: "POST",
		url: "https://app.example.com/login",
		status: 302,
		time: "2030-01-01T00:00:00.000Z",
	};
	expect(rejectedText({ ...REFUSED, response })).toBe(
		'Refused cookie "theme": SameSite=None requires the Secure attribute. Sent by POST 302 at 2030-01-01T00:00:00.000Z.',
	);
	expect(rejectedText(REFUSED)).toBe('Refused cookie "theme": SameSite=None requires the Secure attribute.');
});
