import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { tempDataDir, testConfig } from './support/server.js';

describe('scratch: changing the passphrase by restarting every node at once', () => {
  let server: ThrowawayPostgres;
  beforeAll(async () => { server = await startPostgres(); }, 60_000);
  afterAll(() => server.remove());
  it('two nodes starting together with the same new passphrase', async () => {
    const url = await server.createDatabase();
    const dirs = [tempDataDir(), tempDataDir(), tempDataDir()];
    for (let round = 0; round < 12; round++) {
    const old = await buildApp(testConfig(dirs[0]!.dir, { databaseUrl: url, passphrase: `oud wachtwoord nummer ${round}` }));
    await old.close(); // graceful: its nodes row is gone
    const fresh = { databaseUrl: url, passphrase: `een heel nieuw wachtwoord ${round}` };
    const results = await Promise.allSettled([
      buildApp(testConfig(dirs[1]!.dir, fresh)),
      new Promise((r) => setTimeout(r, round)).then(() => buildApp(testConfig(dirs[2]!.dir, fresh))),
    ]);
    console.log(round, results.map((r) => (r.status === 'fulfilled' ? 'started' : (r.reason as Error).message.slice(0, 70))));
    for (const r of results) if (r.status === 'fulfilled') await (r.value as any).close();
    }
    for (const d of dirs) d.remove();
  }, 60_000);
});
