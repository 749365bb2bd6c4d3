import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { configFromEnv, ConfigError } from '../src/config.js';
import { StartupError } from '../src/startup-error.js';
import { startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { tempDataDir, testConfig } from './support/server.js';

/** A node started while its PostgreSQL is down: it waits for it, for as long as it was told. */
describe('start-up while PostgreSQL is out of reach', () => {
  let server: ThrowawayPostgres;
  let url: string;
  beforeAll(async () => {
    server = await startPostgres();
    url = await server.createDatabase();
  }, 60_000);
  afterAll(() => server.remove());

  it('comes up once the database is back, and serves', async () => {
    await server.stopNow();
    const data = tempDataDir();
    const starting = buildApp(testConfig(data.dir, { databaseUrl: url, databaseWaitMs: 20_000 }));
    // Down for two seconds, as a database restart takes.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await server.start();
    const app = await starting;
    try {
      const { url: address } = await app.listen();
      const ready = await fetch(`${address}/api/ready`);
      expect(ready.status).toBe(200);
    } finally {
      await app.close();
      data.remove();
    }
  }, 40_000);

  it('gives up after the wait, naming the setting and never the password', async () => {
    await server.stopNow();
    const data = tempDataDir();
    const withPassword = url.replace('://samenspel@', '://samenspel:geheim123@');
    try {
      const startedAt = Date.now();
      const failed = await buildApp(
        testConfig(data.dir, { databaseUrl: withPassword, databaseWaitMs: 1_500 }),
      ).catch((caught: unknown) => caught);
      expect(failed).toBeInstanceOf(StartupError);
      expect((failed as Error).message).toContain('SAMENSPEL_DATABASE_URL');
      expect((failed as Error).message).toContain('also after 1.5 s');
      expect((failed as Error).message).not.toContain('geheim123');
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1_500);
    } finally {
      await server.start();
      data.remove();
    }
  }, 30_000);

  it('reads SAMENSPEL_DATABASE_WAIT_SECONDS: 10 s unless told, and refuses what is not seconds', () => {
    expect(configFromEnv({}).databaseWaitMs).toBe(10_000);
    expect(configFromEnv({ SAMENSPEL_DATABASE_WAIT_SECONDS: ' 0 ' }).databaseWaitMs).toBe(0);
    for (const bad of ['-1', '1.5', 'lang', '601']) {
      expect(() => configFromEnv({ SAMENSPEL_DATABASE_WAIT_SECONDS: bad }), bad).toThrow(
        ConfigError,
      );
    }
  });

  it('does not wait for a database that refuses it: one that does not exist stops start-up at once', async () => {
    const data = tempDataDir();
    try {
      const failed = await buildApp(
        testConfig(data.dir, {
          databaseUrl: url.replace(/\/[^/]+$/, '/bestaat_niet'),
          databaseWaitMs: 60_000,
        }),
      ).catch((caught: unknown) => caught);
      expect(failed).toBeInstanceOf(StartupError);
      expect((failed as Error).message).toContain('bestaat_niet');
    } finally {
      data.remove();
    }
  }, 20_000);
});
