import { fileURLToPath } from 'node:url';
import { buildApp, type AppOptions } from '../../src/app.js';
import { login } from './http.js';
import { testConfig } from './server.js';

/** The programmes that ship with Samenspel, so a test runs the demo a trainer would run. */
export const SHIPPED_SCENARIOS = fileURLToPath(new URL('../../../scenarios', import.meta.url));

/** A real server with the shipped programmes on a free port, and a trainer logged in to it. */
export async function startShippedApp(dataDir: string, options: AppOptions = {}) {
  const app = await buildApp(testConfig(dataDir, { scenariosDir: SHIPPED_SCENARIOS }), {
    staffGapMs: 3,
    ...options,
  });
  const { url } = await app.listen();
  return { app, url, token: await login(url) };
}
