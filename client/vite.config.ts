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
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/socket.io': { target: backend, ws: true, changeOrigin: true },
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
