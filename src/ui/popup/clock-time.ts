/** A time of day as the user's clock shows it, HH:MM in local time, from epoch seconds. */
export function clockTime(epochSeconds: number): string {
	const d = new Date(epochSeconds * 1000);
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
