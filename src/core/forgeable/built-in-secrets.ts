/**
 * Secrets printed in the documentation of the libraries the check covers: examples that get copied into
 * real applications. Each is listed with where it is printed (repository, file and the commit read, or
 * the page); `source` is what a finding says, never the secret itself.
 */
import type { KnownSecret } from "./known-secret.ts";

interface DocumentedSecret extends KnownSecret {
	/** Where the secret is printed. */
	origin: string;
}

/** Flask's quickstart example: bytes, one of them not UTF-8 (`\xec`), so given byte by byte. */
const FLASK_QUICKSTART = new Uint8Array([
	0x5f, 0x35, 0x23, 0x79, 0x32, 0x4c, 0x22, 0x46, 0x34, 0x51, 0x38, 0x7a, 0x0a, 0xec, 0x5d, 0x2f,
]);

export const DOCUMENTED_SECRETS: readonly DocumentedSecret[] = [
	{
		secret: "keyboard cat",
		source: "built-in: express-session README example",
		origin:
			"expressjs/session README.md (`secret: 'keyboard cat'`), commit 2c9512fb790e4bf80b3b62305eb8078028607785; also pillarjs/cookies README.md",
	},
	{
		secret: "key1",
		source: "built-in: cookie-session README example",
		origin:
			"expressjs/cookie-session README.md (`keys: ['key1', 'key2']`), commit dedc782a878a8a2f178a891e569f68018d8e1513",
	},
	{
		secret: "key2",
		source: "built-in: cookie-session README example",
		origin:
			"expressjs/cookie-session README.md (`keys: ['key1', 'key2']`), commit dedc782a878a8a2f178a891e569f68018d8e1513",
	},
	{
		secret: "some secret hurr",
		source: "built-in: koa-session README example",
		origin:
			"koajs/session Readme.md (`app.keys = ['some secret hurr']`), commit 968ae94b8a1f3f8ed53cb1e6dbab1c1c6704329f",
	},
	{
		secret: "shhhhh",
		source: "built-in: jsonwebtoken README example",
		origin:
			"auth0/node-jsonwebtoken README.md (`jwt.sign({ foo: 'bar' }, 'shhhhh')`), commit bc28861f1fa981ed9c009e29c044a19760a0b128",
	},
	{
		secret: "secret",
		source: "built-in: passport-jwt and jsonwebtoken README example",
		origin:
			"mikenicholson/passport-jwt README.md (`opts.secretOrKey = 'secret'`), commit fed94fa005c5b2dcb7e6d5d5372e3b20cae898f1; auth0/node-jsonwebtoken README.md",
	},
	{
		secret: "your-256-bit-secret",
		source: "built-in: jwt.io debugger default",
		origin: "https://jwt.io/ (the debugger's HS256 example secret)",
	},
	{
		secret: FLASK_QUICKSTART,
		source: "built-in: Flask quickstart example",
		origin:
			"pallets/flask docs/quickstart.rst (`app.secret_key = b'_5#y2L\"F4Q8z\\n\\xec]/'`), commit 2ac89889f4cc330eabd50f295dcef02828522c69",
	},
	{
		secret: "dev",
		source: "built-in: Flask tutorial example",
		origin:
			"pallets/flask docs/tutorial/factory.rst (`SECRET_KEY='dev'`), commit 2ac89889f4cc330eabd50f295dcef02828522c69",
	},
	{
		secret: "192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf",
		source: "built-in: Flask configuration docs example",
		origin:
			"pallets/flask docs/config.rst and docs/tutorial/deploy.rst, commit 2ac89889f4cc330eabd50f295dcef02828522c69",
	},
	{
		secret: "5f352379324c22463451387a0aec5d2f",
		source: "built-in: Flask configuration docs example",
		origin:
			'pallets/flask docs/config.rst (`FLASK_SECRET_KEY="5f352379324c22463451387a0aec5d2f"`), commit 2ac89889f4cc330eabd50f295dcef02828522c69',
	},
	{
		secret: "secret-key",
		source: "built-in: itsdangerous docs example",
		origin:
			'pallets/itsdangerous docs/signer.rst and docs/serializer.rst (`Signer("secret-key")`), commit 672971d66a2ef9f85151e53283113f33d642dabd',
	},
	{
		secret: "secret key",
		source: "built-in: itsdangerous README example",
		origin:
			'pallets/itsdangerous README.md (`URLSafeSerializer("secret key", "auth")`), commit 672971d66a2ef9f85151e53283113f33d642dabd',
	},
];

/** The documented secrets as the check takes them. */
export const BUILT_IN_SECRETS: readonly KnownSecret[] = DOCUMENTED_SECRETS.map(({ secret, source }) => ({
	secret,
	source,
}));
