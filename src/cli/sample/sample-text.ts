/**
 * The text view of a sample: summary, the entropy of each character position as a bar chart of block
 * characters (one per position, ▁ lowest to █ the richest position; · for none), each test with pass or
 * fail, the verdict and the finding. Server-sent text (the cookie's name, in reasons and messages) is
 * escaped before it reaches the terminal (terminal-escape.ts).
 */
import { type Paint, painter, SEVERITY_STYLE } from "../../core/reports/ansi.ts";
import { escapeControls } from "../terminal-escape.ts";
import type { SampleResult } from "./sample-result.ts";

const BLOCKS = "▁▂▃▄▅▆▇█";
const CHART_WIDTH = 64;

/** One block character per position, scaled to the richest position. */
export function positionChart(bits: readonly number[]): string[] {
	const top = Math.max(...bits, 0);
	const chars = bits.map((b) => {
		if (b <= 0 || top === 0) return "·";
		return BLOCKS[Math.min(7, Math.max(0, Math.ceil((b / top) * 8) - 1))] ?? "█";
	});
	const lines: string[] = [];
	for (let i = 0; i < chars.length; i += CHART_WIDTH) lines.push(chars.slice(i, i + CHART_WIDTH).join(""));
	return lines;
}

const VERDICT_STYLE = { predictable: "red", weak: "yellow", ok: "green" } as const;

function tests(result: SampleResult, paint: Paint): string[] {
	const width = Math.max(...result.tests.map((t) => t.name.length));
	const lines = result.tests.map(
		(t) =>
			`  ${t.passed ? paint("green", "pass") : paint("red", "FAIL")}  ${t.name.padEnd(width)}  ${escapeControls(t.detail)}`,
	);
	for (const s of result.skipped) lines.push(`  ${paint("dim", "skip")}  ${s.name}: ${s.reason}`);
	return lines;
}

export function sampleText(result: SampleResult, color: boolean): string {
	const paint = painter(color);
	const name = escapeControls(result.cookie);
	const { picked, entropy } = result;
	const top = Math.max(...result.positionBits, 0);
	const lines = [
		paint("bold", `session-hygiene sample ${escapeControls(result.url)}`),
		`cookie    ${name}: ${picked.role} (${picked.roleConfidence}: ${escapeControls(picked.roleReason)}); ${picked.pickedBy}`,
		`samples   ${result.samples} fresh values, ${result.distinct} distinct${result.missing > 0 ? `; ${result.missing} responses did not set ${name}` : ""}; measured: ${result.randomPart.note}`,
		`entropy   ${entropy.detail}`,
		`          confidence: ${entropy.confidence}`,
		"",
		`bits per character position (${result.positionBits.length} positions, █ = ${top.toFixed(2)} bits):`,
		...positionChart(result.positionBits).map((l) => `  ${l}`),
		"",
		"tests",
		...tests(result, paint),
		"",
		`verdict   ${paint(VERDICT_STYLE[result.verdict], paint("bold", result.verdict.toUpperCase()))}`,
		...result.reasons.map((r) => `          ${escapeControls(r)}`),
	];
	for (const f of result.findings) {
		lines.push(
			"",
			`${paint(SEVERITY_STYLE[f.severity], f.severity)}  ${f.rule}: ${escapeControls(f.message)}`,
		);
		if (f.fix) lines.push(`      fix: ${f.fix.replace(/\n/g, "\n           ")}`);
	}
	return `${lines.join("\n")}\n`;
}
