import { fileURLToPath } from 'node:url';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { defineConfig, type HttpProxy } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress';
import { serviceWorker } from './service-worker-build';

const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const backend = 'http://localhost:3000';

/**
 * The server accepts changes only from its own addresses, never judged by the Host header (a
 * DNS-rebinding page sends its own). The dev client's pages come from this dev server, so their
 * Origin is this server's (Vite refuses a Host it does not know): the proxy passes them on as
 * the backend's own.
 */
function asOwnOrigin(proxy: HttpProxy.ProxyServer): void {
  const rewrite = (proxyReq: ClientRequest, req: IncomingMessage) => {
    const { origin, host } = req.headers;
    if (origin !== undefined && host !== undefined && hostOf(origin) === host) {
      proxyReq.setHeader('origin', backend);
    }
  };
  proxy.on('proxyReq', rewrite);
  proxy.on('proxyReqWs', rewrite);
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** The browser app: phone, console and presenter screen. The server serves `dist/` in production. */
export default defineConfig({
  plugins: [react(), serviceWorker(), precompress()],
  resolve: { alias: { '@samenspel/shared': sharedSource } },
  server: {
    proxy: {
      '/api': { target: backend, configure: asOwnOrigin },
      '/socket.io': { target: backend, ws: true, configure: asOwnOrigin },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's comments confuse Rollup's pure-annotation check; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
