import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerConfig } from '../../src/config.js';
import { buildApp, type AppOptions, type SamenspelApp } from '../../src/app.js';

export const FIXTURE_SCENARIOS = fileURLToPath(new URL('../fixtures/scenarios', import.meta.url));
/** The programmes that ship with Samenspel, so a test runs the demo a trainer would run. */
export const SHIPPED_SCENARIOS = fileURLToPath(new URL('../../../scenarios', import.meta.url));
export const PASSPHRASE = 'test-passphrase-samen';

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'samenspel-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(dataDir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    passphrase: PASSPHRASE,
    scenariosDir: FIXTURE_SCENARIOS,
    clientDir: path.join(dataDir, 'no-client'),
    publicUrl: null,
    sqliteSync: 'normal',
    databaseUrl: null,
    logLevel: 'silent',
    retentionDays: null,
    allowedOrigins: [],
    proxyHops: 0,
    importLimitBytes: 64 * 1024 * 1024,
    ...overrides,
  };
}

/** A real server on a free port, with its own data directory. */
export async function startServer(
  options: AppOptions & { dataDir?: string; config?: Partial<ServerConfig> } = {},
): Promise<{ app: SamenspelApp; url: string; dataDir: string; stop: () => Promise<void> }> {
  const temp = options.dataDir ? null : tempDataDir();
  const dataDir = options.dataDir ?? temp!.dir;
  const app = await buildApp(testConfig(dataDir, options.config), {
    staffGapMs: 5,
    ...options,
  });
  const { url } = await app.listen();
  return {
    app,
    url,
    dataDir,
    stop: async () => {
      await app.close();
      temp?.remove();
    },
  };
}
