import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sharedSource = fileURLToPath(new URL('./shared/src/index.ts', import.meta.url));

/** Unit and integration tests of every package, run from the root; browser tests live in e2e/. */
export default defineConfig({
  resolve: { alias: { '@samenspel/shared': sharedSource } },
  test: {
    include: ['{shared,server,client}/test/**/*.test.{ts,tsx}'],
    setupFiles: ['client/test/setup-catalogs.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
