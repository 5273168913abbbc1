/**
 * Sign-in and sign-out shaped as common server stacks do them, under `/apps/<app>/`: each stack twice,
 * once done right (a new id at sign-in, the session revoked on the server at sign-out) and once wrong
 * (the anonymous id signed in as it is, a sign-out that only clears the cookie). They differ from the
 * `/flows/` pages in every name, path, field and answer, so what tells the twins apart is the general
 * behaviour, not one fixture's shape:
 * - express: `connect.sid` as express-session writes it (`s:` + id + signature, URL-encoded), fields
 *   `username`/`password`, 302 on, 302 back to the form on failure (Passport's `failureRedirect`), an
 *   unknown session's dashboard redirects to the sign-in page;
 * - django: `sessionid` and `csrftoken`, `accounts/login/?next=…` posting to itself, 302 to `next`, a
 *   wrong password re-renders the form with 200 (Django's LoginView), `login_required` redirects;
 * - php: `PHPSESSID`, `login.php` answering 200 with a welcome page (no redirect), field `pwd`, a
 *   protected page that shows "Please sign in" with 200;
 * - spa: `session`, a JSON API that answers 200 both ways (`{"ok": false}` on a wrong password) with
 *   the password nested in `{"user": {…}}`, the front end moving on to `home` when it worked.
 */
export const STACKS = ["express", "django", "php", "spa"] as const;
export type Stack = (typeof STACKS)[number];

export interface AppKind {
	stack: Stack;
	/** Renews the id at sign-in and revokes the session on the server at sign-out. */
	right: boolean;
}

export const APPS: Readonly<Record<string, AppKind>> = {
	"express-regenerate": { stack: "express", right: true },
	"express-keep": { stack: "express", right: false },
	"django-cycle": { stack: "django", right: true },
	"django-keep": { stack: "django", right: false },
	"php-regenerate": { stack: "php", right: true },
	"php-keep": { stack: "php", right: false },
	"spa-rotate": { stack: "spa", right: true },
	"spa-keep": { stack: "spa", right: false },
};

export interface StackShape {
	cookie: string;
	/** The sign-in page (GET) and, but for the spa, the form's target (POST). */
	login: string;
	/** Where a signed-in user lands; an unknown session is sent to the sign-in page or told to sign in. */
	home: string;
	logout: string;
	userField: string;
	passwordField: string;
}

export const SHAPES: Readonly<Record<Stack, StackShape>> = {
	express: {
		cookie: "connect.sid",
		login: "login",
		home: "dashboard",
		logout: "logout",
		userField: "username",
		passwordField: "password",
	},
	django: {
		cookie: "sessionid",
		login: "accounts/login/",
		home: "profile/",
		logout: "accounts/logout/",
		userField: "username",
		passwordField: "password",
	},
	php: {
		cookie: "PHPSESSID",
		login: "login.php",
		home: "account.php",
		logout: "logout.php",
		userField: "login",
		passwordField: "pwd",
	},
	spa: {
		cookie: "session",
		login: "signin",
		home: "home",
		logout: "logout",
		userField: "email",
		passwordField: "password",
	},
};

export const appRoot = (app: string): string => `/apps/${app}/`;
