import type { PageContext } from "./page-context.ts";

/** The whole request body as text (the fixture's bodies are small forms and JSON). */
export async function requestBody(ctx: PageContext): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString("utf8");
}
