import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const backend = 'http://localhost:3000';

/** The browser app: phone, console and presenter screen. The server serves `dist/` in production. */
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@samenspel/shared': sharedSource } },
  server: {
    // The Host header is passed on as the browser sent it, so the server sees the page's own
    // origin and its origin check lets the dev client's requests through.
    proxy: {
      '/api': { target: backend },
      '/socket.io': { target: backend, ws: true },
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
