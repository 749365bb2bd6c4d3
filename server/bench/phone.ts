import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { startBrowserBench } from './browser-app.js';
import { newBenchCommandId } from './load/command-id.js';

const ROUNDS = Number(process.env.PHONE_ROUNDS ?? 3);

/**
 * Lighthouse's mobile profile as DevTools applies it (its "devtools" throttling): a slow 4G
 * link (150 ms RTT and 1.6 Mbps, times its 3.75 latency and 0.9 throughput factors) and a
 * phone's CPU, four times slower than this machine's.
 */
export const PHONE_PROFILE = {
  latencyMs: 562.5,
  downloadBytesPerSecond: (1_638_400 * 0.9) / 8,
  uploadBytesPerSecond: (750_000 * 0.9) / 8,
  cpuSlowdown: 4,
};

/** Bytes over the wire (headers included, after compression), by what the browser took them for. */
export interface Transfer {
  script: number;
  style: number;
  total: number;
}

export interface PhoneRound {
  /** A bare JSON answer from the same server over the same link: the floor every load pays. */
  bareRequestMs: number;
  /** A fresh phone opens the address until the code field is on screen (React drew it). */
  joinFormMs: number;
  firstLoad: Transfer;
  /** From pressing "Doe mee" with the code until the open block is on screen (name form in between). */
  codeToBlockMs: number;
  /** The same phone reloads the room's page, cache warm, until the block is back. */
  warmReloadMs: number;
  warmReload: Transfer;
  /** The same phone reloads with no network at all: the block back, or why not. */
  offlineReload: { shown: true; ms: number } | { shown: false; reason: string };
}

export type PhoneBench =
  { kind: 'skipped'; reason: string } | { kind: 'measured'; rounds: PhoneRound[] };

/** Counts what a page transfers, from the DevTools protocol's own figures. */
function transferMeter(cdp: CDPSession) {
  const types = new Map<string, string>();
  let bytes: Transfer = { script: 0, style: 0, total: 0 };
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId);
    const size = event.encodedDataLength;
    bytes = {
      script: bytes.script + (type === 'Script' ? size : 0),
      style: bytes.style + (type === 'Stylesheet' ? size : 0),
      total: bytes.total + size,
    };
  });
  return {
    /** What was transferred since the last call. */
    take(): Transfer {
      const taken = bytes;
      bytes = { script: 0, style: 0, total: 0 };
      return taken;
    },
  };
}

async function throttle(cdp: CDPSession, offline: boolean) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: PHONE_PROFILE.downloadBytesPerSecond,
    uploadThroughput: PHONE_PROFILE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function oneRound(context: BrowserContext, base: string, code: string): Promise<PhoneRound> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const meter = transferMeter(cdp);
  await throttle(cdp, false);

  const bareRequestMs = await timed(() => page.goto(`${base}/api/health`));
  meter.take();

  const joinFormMs = await timed(async () => {
    await page.goto(`${base}/`, { waitUntil: 'commit' });
    await page.getByTestId('join-code-input').waitFor({ state: 'visible' });
  });
  await page.waitForLoadState('load');
  const firstLoad = meter.take();

  await page.getByTestId('join-code-input').fill(code);
  const codeToBlockMs = await timed(async () => {
    await page.getByTestId('join-code-submit').click();
    await page.getByTestId('join-name').fill('Bench');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('current-block').waitFor({ state: 'visible' });
  });
  meter.take();

  const warmReloadMs = await timed(async () => {
    await page.reload({ waitUntil: 'commit' });
    await page.getByTestId('current-block').waitFor({ state: 'visible' });
  });
  await page.waitForLoadState('load');
  const warmReload = meter.take();

  await throttle(cdp, true);
  let offlineReload: PhoneRound['offlineReload'];
  try {
    const ms = await timed(async () => {
      await page.reload({ waitUntil: 'commit', timeout: 15_000 });
      await page.getByTestId('current-block').waitFor({ state: 'visible', timeout: 15_000 });
    });
    offlineReload = { shown: true, ms };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    offlineReload = { shown: false, reason: message };
  }
  await page.close();
  return {
    bareRequestMs,
    joinFormMs,
    firstLoad,
    codeToBlockMs,
    warmReloadMs,
    warmReload,
    offlineReload,
  };
}

/**
 * A phone on venue Wi-Fi: the built app as deployed (precompressed assets, cache headers), a
 * room whose session is running, and headless Chromium at 360 px under Lighthouse's mobile
 * throttling. Each round is a fresh phone (empty cache): it opens the address, types the code,
 * joins, reloads with a warm cache, and reloads with no network.
 */
export async function benchPhone(): Promise<PhoneBench> {
  const setup = await startBrowserBench('bench-phone-passphrase');
  if (setup.kind === 'skipped') return setup;
  const { app, browser } = setup;
  try {
    const scenario = app.catalog.scenarios.get('bestuurlijke-sensitiviteit');
    if (!scenario) throw new Error('the flagship scenario is missing');
    const authority = await app.registry.create(scenario, 'bench phone');
    const started = await authority.submit(
      { kind: 'facilitator' },
      { v: 1, id: newBenchCommandId(), type: 'session.start' },
    );
    if (!started.ok) throw new Error(`session.start refused: ${started.error.message}`);
    const { port } = await app.listen();
    const base = `http://127.0.0.1:${port}`;
    const rounds: PhoneRound[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'nl-NL',
      });
      try {
        rounds.push(await oneRound(context, base, authority.snapshot.code));
      } finally {
        await context.close();
      }
    }
    return { kind: 'measured', rounds };
  } finally {
    await setup.close();
  }
}
