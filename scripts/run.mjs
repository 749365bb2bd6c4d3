#!/usr/bin/env node
// The two Quick start commands, for a fresh machine with only Node.js and npm:
//   npm run quickstart   installs, builds and starts the app, printing the URLs to open
//   npm test             installs, builds and runs every test: unit, integration, end-to-end
// pnpm is used when present, otherwise fetched through npx at the version package.json pins.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const pnpmVersion = String(pkg.packageManager ?? 'pnpm@10').replace(/^pnpm@/, '');
const isWindows = process.platform === 'win32';

function has(command, args = ['--version']) {
  return spawnSync(command, args, { stdio: 'ignore', shell: isWindows }).status === 0;
}

const pnpm = has('pnpm') ? ['pnpm'] : ['npx', '--yes', `pnpm@${pnpmVersion}`];

function run(args, options = {}) {
  const [command, ...rest] = [...pnpm, ...args];
  console.log(`\n> ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command, rest, {
    cwd: root,
    stdio: 'inherit',
    shell: isWindows,
    ...options,
    env: { ...process.env, ...options.env },
  });
  return result.status ?? 1;
}

function must(status, what) {
  if (status !== 0) {
    console.error(`\n${what} failed (exit ${status}).`);
    process.exit(status);
  }
}

function install() {
  must(run(['install', '--frozen-lockfile']), 'Installing dependencies');
  must(run(['-r', 'build']), 'Building');
}

/** A system Chromium is used when there is one; otherwise Playwright's own browser. */
function ensureBrowser() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  if (candidates.some((candidate) => candidate && existsSync(candidate))) return;
  console.log('\nNo system Chromium found: installing Playwright’s own Chromium.');
  must(
    run(['--filter', '@samenspel/e2e', 'exec', 'playwright', 'install', 'chromium']),
    'Installing a browser',
  );
}

function countVitest(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function countPlaywright(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    flaky: stats.flaky ?? 0,
  };
}

function test() {
  install();
  must(run(['-r', 'typecheck']), 'Type checking');
  must(run(['exec', 'eslint', '.']), 'Linting');
  ensureBrowser();
  const reports = mkdtempSync(path.join(tmpdir(), 'samenspel-reports-'));
  const vitestReport = path.join(reports, 'vitest.json');
  const playwrightReport = path.join(reports, 'playwright.json');
  const unit = run([
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestReport}`,
  ]);
  const e2e = run(
    ['--filter', '@samenspel/e2e', 'exec', 'playwright', 'test', '--reporter=list,json'],
    {
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    },
  );
  const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  for (const [file, count] of [
    [vitestReport, countVitest],
    [playwrightReport, countPlaywright],
  ]) {
    if (!existsSync(file)) {
      counts.failed += 1;
      continue;
    }
    const c = count(file);
    counts.passed += c.passed;
    counts.failed += c.failed;
    counts.skipped += c.skipped ?? 0;
    counts.flaky += c.flaky ?? 0;
  }
  rmSync(reports, { recursive: true, force: true });
  console.log(
    `\nunit + integration: ${unit === 0 ? 'ok' : 'FAILED'}; end-to-end: ${e2e === 0 ? 'ok' : 'FAILED'}`,
  );
  if (counts.flaky > 0) {
    console.log(
      `flaky: ${counts.flaky} end-to-end test(s) passed only on a retry (counted as passed)`,
    );
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(unit !== 0 || e2e !== 0 || counts.failed > 0 ? 1 : 0);
}

function start() {
  install();
  const result = spawnSync(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 0);
}

const mode = process.argv[2];
if (mode === 'test') test();
else if (mode === 'start') start();
else {
  console.error('usage: node scripts/run.mjs start|test');
  process.exit(2);
}
