/** A scripted fetch for `audit <url>` tests: responses by URL, and a record of what was requested. */

export interface FakeRoute {
	status?: number;
	setCookie?: string[];
	location?: string;
}

export interface FakeFetch {
	fetch: typeof globalThis.fetch;
	/** Each request: its URL, Cookie header and redirect mode. */
	requests: { url: string; cookie: string | null; redirect: RequestRedirect | undefined }[];
}

export function createFakeFetch(routes: Record<string, FakeRoute>): FakeFetch {
	const requests: FakeFetch["requests"] = [];
	const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
		const url = String(input);
		const cookie = new Headers(init?.headers).get("cookie");
		requests.push({ url, cookie, redirect: init?.redirect });
		const route = routes[url];
		if (!route) return new Response("not found", { status: 404 });
		const headers = new Headers();
		for (const value of route.setCookie ?? []) headers.append("set-cookie", value);
		if (route.location) headers.set("location", route.location);
		return new Response(route.status === 200 || route.status === undefined ? "ok" : null, {
			status: route.status ?? 200,
			headers,
		});
	};
	return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** A fetch that answers only when its signal aborts, as a server that never responds. */
export const hangingFetch = ((_input: string | URL | Request, init?: RequestInit) =>
	new Promise<Response>((_resolve, reject) => {
		init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
	})) as typeof globalThis.fetch;
