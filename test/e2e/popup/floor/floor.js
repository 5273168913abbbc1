/**
 * The benchmark's floor (README, "Speed"): a do-nothing popup that lists the same cookies as plain rows
 * (name, scope, Secure, HttpOnly, SameSite) of the tab's page and frames, audits nothing and asks the
 * background nothing. Copied
 * into a throw-away copy of the built extension by floor-build.ts; never part of a real build.
 */
const api = globalThis.browser ?? globalThis.chrome;
const tabId = Number(new URLSearchParams(location.search).get("tabId"));

function row(cookie) {
	const li = document.createElement("li");
	li.className = "cookie";
	li.dataset.cookie = cookie.name;
	const flags = [cookie.secure ? "Secure" : "not Secure", cookie.httpOnly ? "HttpOnly" : "not HttpOnly"];
	li.textContent = `${cookie.name} ${cookie.domain}${cookie.path} ${flags.join(" ")} SameSite ${cookie.sameSite}`;
	return li;
}

async function show() {
	const state = document.querySelector("[data-state]");
	const tab = await api.tabs.get(tabId);
	// The tab's page and its frames, as the real popup lists them (sites of frames included).
	const frames = await api.webNavigation.getAllFrames({ tabId });
	const urls = [...new Set([tab.url, ...frames.map((f) => f.url)])].filter((u) => u.startsWith("http"));
	const lists = await Promise.all(urls.map((url) => api.cookies.getAll({ url })));
	const seen = new Set();
	const cookies = lists.flat().filter((c) => {
		const key = `${c.domain} ${c.path} ${c.name}`;
		return !seen.has(key) && seen.add(key);
	});
	const header = document.createElement("h1");
	header.textContent = `${new URL(tab.url).hostname}: ${cookies.length} cookies`;
	const list = document.createElement("ul");
	list.append(...cookies.map(row));
	state.append(header, list);
	state.dataset.state = "ready";
	performance.mark("first-screen");
}

if (Number.isInteger(tabId) && tabId > 0) show();
