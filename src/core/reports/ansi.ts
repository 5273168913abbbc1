/** ANSI SGR colours for the terminal view; a painter that does nothing when colour is off. */
import type { Grade, Severity } from "../report.ts";

export type Style = "bold" | "dim" | "red" | "yellow" | "green" | "cyan" | "magenta";

const CODES: Record<Style, [number, number]> = {
	bold: [1, 22],
	dim: [2, 22],
	red: [31, 39],
	green: [32, 39],
	yellow: [33, 39],
	magenta: [35, 39],
	cyan: [36, 39],
};

export type Paint = (style: Style, text: string) => string;

/** `paint(style, text)`: wraps text in the style's escape codes, or returns it unchanged without colour. */
export function painter(color: boolean): Paint {
	if (!color) return (_style, text) => text;
	return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}

export const SEVERITY_STYLE: Record<Severity, Style> = {
	high: "red",
	medium: "yellow",
	low: "cyan",
	info: "dim",
};

export function gradeStyle(grade: Grade): Style {
	if (grade === "A+" || grade === "A") return "green";
	return grade === "B" || grade === "C" ? "yellow" : "red";
}
