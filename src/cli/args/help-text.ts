/** `session-hygiene --help`; its limits are those of inputs/input-limits.ts and core/jar/site-limit.ts. */
export const HELP_TEXT = `session-hygiene: audit session cookies (Secure, HttpOnly, SameSite, prefixes, tokens, lifetimes)

Usage:
  session-hygiene audit <url>...                 fetch each URL, follow redirects, audit every hop's Set-Cookie
  session-hygiene audit --har <file>             every response of a HAR 1.2 file, in order (- reads stdin)
  session-hygiene audit --storage-state <file>   the cookies of a Playwright storageState JSON file, as
                                                 they are (SameSite as Playwright wrote it)
  session-hygiene audit --cookies <file>         the cookies of a Netscape cookies.txt (curl -c, browser
                                                 exporters), as they are; it has no SameSite, so the
                                                 SameSite rules stay silent
  session-hygiene audit --from <url> --set-cookie <header> [--set-cookie <header> ...]
                                                 audit Set-Cookie headers as if <url> had sent them
  session-hygiene sample <url> [--count N] [--cookie NAME] [--delay ms] [--concurrency N]
                             [--format text|json]
                                                 fetch <url> N times as a fresh visitor and judge how
                                                 predictable its session ids are (verdict ok, weak or
                                                 predictable; rule predictable-session-id)

Options:
  --format text|json|markdown|sarif|github
                                      output format (default text); github: GitHub Actions
                                      annotations (::error for high, ::warning for medium, ::notice)
  --report-version 2|1                JSON schema: session-hygiene/report@2 (default), or report@1 for
                                      readers not yet moved (each finding carries its own fix text)
  --fail-on high|medium|low|info|none exit 1 when a finding is at or above this severity (default high)
  --show-values                       include cookie values in the report (they are left out by default)
  --config <settings.json>            settings exported from the extension's options page
  --secrets <file>                    more secrets to try on signed session cookies (forgeable-session),
                                      one a line, exactly as written; empty lines are skipped. They are
                                      tried on this machine only and never printed
  --now <ISO date>                    audit as of this time (UTC unless it has an offset; default: now,
                                      for --har the time of its last response)
  --out <file>                        write the report to <file> instead of stdout
  --browser chromium|firefox          store cookies the way this browser does (default chromium)
  --timeout <seconds>                 per request of audit <url> (default 10)
  -h, --help                          show this help
  --version                           show the version

Options of sample:
  --count <N>                         requests to make, 20 to 10,000 (default 200)
  --cookie <name>                     the cookie to sample (default: the session cookie the role
                                      classifier is surest of; the output says which and why)
  --delay <ms>                        pause before each request (default 0)
  --concurrency <N>                   requests in flight at once, 1 to 4 (default 1: one after another)
  --format text|json                  text (default) or JSON, session-hygiene/sample@1
  sample never sends a Cookie header or any credentials, on any request or redirect: every request
  is a first visit, so the server mints a fresh id each time. --timeout and --browser apply too.

Exit codes:
  0  no finding at or above --fail-on; for sample, verdict ok
  1  findings at or above --fail-on; for sample, verdict predictable or weak
  2  bad usage or unreadable input (one line on stderr); for sample also a failed response, no
     session cookie, or fewer than 20 distinct values

Limits (going over one of the first four is one line on stderr and exit 2):
  a HAR file or --har - input         at most 256 MB
  a --storage-state or --cookies file at most 256 MB
  a --secrets file                    at most 64 MB
  Set-Cookie headers                  at most 200,000 per run, over all inputs
  response headers of audit <url>     at most 256 KB per response
  cookies per site                    at most 180, as in browsers: past that the site is purged to 150
                                      (non-Secure first, least recently set first) and a note on
                                      stderr says how many were evicted

Environment:
  NO_COLOR / FORCE_COLOR              turn terminal colours off / on
  NODE_EXTRA_CA_CERTS=<ca.pem>        trust a local CA for https URLs (self-signed dev certificates)

Examples:
  session-hygiene audit https://example.com/login
  session-hygiene audit --har session.har --format markdown --out report.md
  session-hygiene audit https://staging.example.com/ --format sarif --out cookies.sarif --fail-on medium
  session-hygiene audit --from https://example.com/ --set-cookie "sid=abc; Path=/; HttpOnly"
  session-hygiene audit --har login.har --config team-settings.json --now 2030-01-01 --format json
  session-hygiene audit --storage-state playwright/.auth/user.json --fail-on medium
  curl -s -c cookies.txt -o /dev/null https://example.com/login && session-hygiene audit --cookies cookies.txt
  gunzip -c session.har.gz | session-hygiene audit --har - --format json
  session-hygiene sample https://staging.example.com/login --count 500 --format json
`;
