/**
 * Preloaded with `node --import` into the processes the bench measures (cli-peer.ts): at exit it prints the
 * process's peak resident memory, `process.resourceUsage().maxRSS` (kilobytes), as the last line on stderr.
 */
process.on("exit", () => {
	process.stderr.write(`\nmax-rss-kb: ${process.resourceUsage().maxRSS}\n`);
});
