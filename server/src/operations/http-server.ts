import http from 'node:http';

/** Listens on `port`, rejecting with a clear message when the port cannot be had (taken, not allowed). */
export function listen(handler: http.RequestListener, port: number, host?: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handler);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(
        error.code === 'EADDRINUSE'
          ? `port ${port} is already in use by another process; stop it or start laomo with PORT=<another port>`
          : error.code === 'EACCES'
            ? `port ${port} may not be opened by this user; use a port above 1023 behind a reverse proxy`
            : `cannot listen on port ${port}: ${error.message}`,
      ));
    });
    server.once('listening', () => resolve(server));
    server.listen(port, host);
  });
}

/**
 * Stops taking connections and lets the requests in flight finish; idle keep-alive connections are
 * closed at once, and whatever still runs after `graceMs` is cut so a stuck client cannot hold the stop.
 */
export function closeGracefully(server: http.Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => { clearTimeout(timer); resolve(); });
    server.closeIdleConnections();
  });
}

/** Fails at once when `port` is taken, before the database is started and migrated for nothing. */
export async function assertPortFree(port: number): Promise<void> {
  const probe = await listen(() => {}, port);
  await new Promise((resolve) => probe.close(resolve));
}
