import { fileURLToPath } from 'node:url';
import { buildApp, type AppOptions } from '../../src/app.js';
import { login } from './http.js';
import { tempDataDir, testConfig } from './server.js';

/** The programmes that ship with Samenspel, so a test runs the demo a trainer would run. */
export const SHIPPED_SCENARIOS = fileURLToPath(new URL('../../../scenarios', import.meta.url));

/**
 * A real server with the shipped programmes on a free port and its own data directory, and a
 * trainer logged in to it; `stop` closes it and removes the directory.
 */
export async function startShippedApp(options: AppOptions = {}) {
  const data = tempDataDir();
  const app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED_SCENARIOS }), {
    staffGapMs: 3,
    ...options,
  });
  const { url } = await app.listen();
  const stop = async () => {
    await app.close();
    data.remove();
  };
  return { app, url, token: await login(url), stop };
}
