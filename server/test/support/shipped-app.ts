import { buildApp, type AppOptions } from '../../src/app.js';
import { login } from './http.js';
import { SHIPPED_SCENARIOS, tempDataDir, testConfig } from './server.js';

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
