import { createServer, type Server } from 'node:http';
import type { ServerMetrics } from './metrics.js';

/**
 * `GET /metrics` on a port of its own (SAMENSPEL_METRICS_PORT), for Prometheus. Kept off the
 * public port: what it tells (rooms, connections, refusals) is for the operator's network only,
 * and it binds to 127.0.0.1 unless SAMENSPEL_METRICS_HOST says otherwise.
 */
export async function serveMetrics(
  metrics: ServerMetrics,
  port: number,
  host: string,
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => {
        response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(`${String(error)}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
