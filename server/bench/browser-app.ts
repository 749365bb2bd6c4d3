import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { CHROMIUM_ARGS, systemChromium } from './chromium.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface BrowserBenchSetup {
  app: SamenspelApp;
  browser: Browser;
  /** Closes the browser and the app and removes the data directory. */
  close(): Promise<void>;
}

/**
 * The browser benches' shared start: the built client served by the real app (a fresh data
 * directory, the shipped programmes) and Debian's headless Chromium. Skipped, with the reason,
 * when there is no Chromium or no built client; no browser is downloaded.
 */
export async function startBrowserBench(
  passphrase: string,
): Promise<{ kind: 'skipped'; reason: string } | ({ kind: 'ready' } & BrowserBenchSetup)> {
  const executablePath = systemChromium();
  if (!executablePath) return { kind: 'skipped', reason: 'no Chromium found (set CHROMIUM_PATH)' };
  const clientDir = path.join(repoRoot, 'client', 'dist');
  if (!existsSync(path.join(clientDir, 'index.html'))) {
    return { kind: 'skipped', reason: 'the client is not built (run pnpm build first)' };
  }
  const { chromium } = await import('playwright-core');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samenspel-bench-'));
  const app = await buildApp({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    passphrase,
    scenariosDir: path.join(repoRoot, 'scenarios'),
    clientDir,
    publicUrl: null,
    sqliteSync: 'normal',
    databaseUrl: null,
    retentionDays: null,
    logLevel: 'silent',
    allowedOrigins: [],
    proxyHops: 0,
    importLimitBytes: 64 * 1024 * 1024,
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    kind: 'ready',
    app,
    browser,
    async close() {
      await browser.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
