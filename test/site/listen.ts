import type { Server } from "node:net";

/** Listens and resolves with the bound port; a port in use rejects with advice instead of a bare EADDRINUSE. */
export function listen(server: Server, port: number, host: string, label: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const onError = (error: NodeJS.ErrnoException) => {
			server.off("listening", onListening);
			reject(error.code === "EADDRINUSE" ? portInUse(port, host, label, error) : error);
		};
		const onListening = () => {
			server.off("error", onError);
			const address = server.address();
			resolve(typeof address === "object" && address !== null ? address.port : port);
		};
		server.once("error", onError);
		server.once("listening", onListening);
		server.listen(port, host);
	});
}

function portInUse(port: number, host: string, label: string, cause: Error): Error {
	const option = label === "https" ? "httpsPort" : "httpPort";
	return new Error(
		`Fixture site: ${label} port ${port} on ${host} is already in use. Stop whatever listens there ` +
			`or choose another port: startFixtureSite({ ${option}: <port> }), or 0 for any free port.`,
		{ cause },
	);
}

/** Closes the server and the keep-alive connections that would otherwise hold the port open. */
export function closeServer(server: Server & { closeAllConnections?: () => void }): Promise<void> {
	return new Promise((resolve) => {
		if (!server.listening) {
			resolve();
			return;
		}
		server.close(() => resolve());
		server.closeAllConnections?.();
	});
}
