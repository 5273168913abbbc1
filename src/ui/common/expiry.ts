/** Human-readable lifetimes: "3 d 4 h", "12 min", "45 s". */
export function formatDuration(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	const units: [number, string][] = [
		[86_400, "d"],
		[3_600, "h"],
		[60, "min"],
		[1, "s"],
	];
	const parts: string[] = [];
	let rest = s;
	for (const [size, label] of units) {
		const n = Math.floor(rest / size);
		if (n > 0 && parts.length < 2) parts.push(`${n} ${label}`);
		if (n > 0) rest -= n * size;
	}
	return parts.length > 0 ? parts.join(" ") : "0 s";
}
