import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices, type LaunchOptions } from '@playwright/test';
import { BASE_URL, FLAKY_PROXY_PORT, TEST_PASSPHRASE, TEST_PORT } from './support/env.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * A fresh data directory for the test server, made once by the runner process. Workers load
 * this file again; they find the directory in the environment instead of making another one.
 */
const DATA_DIR_VAR = 'SAMENSPEL_E2E_DATA_DIR';
let dataDir = process.env[DATA_DIR_VAR];
if (!dataDir) {
  const made = mkdtempSync(path.join(tmpdir(), 'samenspel-e2e-'));
  dataDir = made;
  process.env[DATA_DIR_VAR] = made;
  // The server is gone by the time the runner exits; its log goes with it.
  process.once('exit', () => rmSync(made, { recursive: true, force: true }));
}

/**
 * The system Chromium when there is one (this machine and CI: no test tool downloads a
 * browser); elsewhere Playwright's own Chromium (`playwright install chromium`).
 */
const systemChromium = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find(
  (candidate): candidate is string =>
    typeof candidate === 'string' && candidate !== '' && existsSync(candidate),
);
const launchOptions: LaunchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

const desktop = devices['Desktop Chrome'];

export default defineConfig({
  testDir: './tests',
  outputDir: 'test-results',
  // The tests share one server and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    launchOptions,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        viewport: desktop.viewport,
        userAgent: desktop.userAgent,
        deviceScaleFactor: desktop.deviceScaleFactor,
        isMobile: desktop.isMobile,
        hasTouch: desktop.hasTouch,
        browserName: 'chromium',
      },
    },
  ],
  webServer: {
    command: 'node ../server/dist/main.js',
    cwd: here,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stderr: 'pipe',
    env: {
      PORT: String(TEST_PORT),
      HOST: '127.0.0.1',
      SAMENSPEL_DATA_DIR: dataDir,
      SAMENSPEL_PASSPHRASE: TEST_PASSPHRASE,
      SAMENSPEL_SCENARIOS_DIR: path.resolve(here, '../scenarios'),
      SAMENSPEL_LOG_LEVEL: 'warn',
      SAMENSPEL_SQLITE_SYNC: 'normal',
      SAMENSPEL_ALLOWED_ORIGINS: `http://127.0.0.1:${FLAKY_PROXY_PORT}`,
    },
  },
});
