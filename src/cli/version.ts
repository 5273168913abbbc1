/**
 * The CLI's version, from package.json. Imported rather than taken from the build's `__VERSION__`
 * define so that the entry also runs unbundled (tsx, tests in a child process) with the right number.
 */
import pkg from "../../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
