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
  /** Of the total: what the offline worker fetched to keep. */
  worker: number;
}

export interface PhoneRound {
  /** A bare JSON answer from the same server over the same link: the floor every load pays. */
  bareRequestMs: number;
  /** A fresh phone opens the address until the code field is on screen (React drew it). */
  joinFormMs: number;
  firstLoad: Transfer;
  /** From typing the code until the block is on screen and the offline worker has its copies. */
  enteringRoom: Transfer;
  /** Another fresh phone opens the room's join link (the QR code) until the name form is on screen. */
  joinLinkMs: number;
  /** What that phone transfers until its name form is on screen and its page has settled. */
  joinLink: Transfer;
  /** From typing a name on that form (the room starts to download) until the block is on screen. */
  nameToBlockMs: number;
  /** What that phone transfers from typing its name until the offline worker has its copies. */
  joinLinkRoom: Transfer;
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

/**
 * Counts what a phone transfers: the page's requests from the DevTools protocol's own figures,
 * and the offline worker's (its copies of the app), which the page's network log leaves out.
 */
function transferMeter(context: BrowserContext, cdp: CDPSession) {
  const types = new Map<string, string>();
  let bytes: Transfer = { script: 0, style: 0, total: 0, worker: 0 };
  const add = (size: number, kind: 'script' | 'style' | 'other', byWorker: boolean) => {
    bytes = {
      script: bytes.script + (kind === 'script' ? size : 0),
      style: bytes.style + (kind === 'style' ? size : 0),
      total: bytes.total + size,
      worker: bytes.worker + (byWorker ? size : 0),
    };
  };
  const kindOf = (type: string | undefined) =>
    type === 'Script' ? 'script' : type === 'Stylesheet' ? 'style' : 'other';
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    add(event.encodedDataLength, kindOf(types.get(event.requestId)), false);
  });
  const pending = new Set<Promise<void>>();
  context.on('requestfinished', (request) => {
    if (!request.serviceWorker()) return;
    const counted = request.sizes().then(
      (sizes) => {
        const { pathname } = new URL(request.url());
        const kind = pathname.endsWith('.js')
          ? 'script'
          : pathname.endsWith('.css')
            ? 'style'
            : 'other';
        add(sizes.responseBodySize + sizes.responseHeadersSize, kind, true);
      },
      () => undefined,
    );
    pending.add(counted);
    void counted.finally(() => pending.delete(counted));
  });
  return {
    /** What was transferred since the last call. */
    async take(): Promise<Transfer> {
      await Promise.all(pending);
      const taken = bytes;
      bytes = { script: 0, style: 0, total: 0, worker: 0 };
      return taken;
    },
  };
}

/** Waits until the page has loaded and nothing has been fetched for half a second. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
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

async function oneRound(
  context: BrowserContext,
  base: string,
  code: string,
): Promise<Omit<PhoneRound, 'joinLinkMs' | 'joinLink' | 'nameToBlockMs' | 'joinLinkRoom'>> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const meter = transferMeter(context, cdp);
  await throttle(cdp, false);

  const bareRequestMs = await timed(() => page.goto(`${base}/api/health`));
  await meter.take();

  const joinFormMs = await timed(async () => {
    await page.goto(`${base}/`, { waitUntil: 'commit' });
    await page.getByTestId('join-code-input').waitFor({ state: 'visible' });
  });
  await settled(page);
  const firstLoad = await meter.take();

  await page.getByTestId('join-code-input').fill(code);
  const codeToBlockMs = await timed(async () => {
    await page.getByTestId('join-code-submit').click();
    await page.getByTestId('join-name').fill('Bench');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('current-block').waitFor({ state: 'visible' });
  });
  await settled(page);
  // The offline worker is installed once the room is here; it is ready when it has kept its copies.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  const enteringRoom = await meter.take();

  const warmReloadMs = await timed(async () => {
    await page.reload({ waitUntil: 'commit' });
    await page.getByTestId('current-block').waitFor({ state: 'visible' });
  });
  await settled(page);
  const warmReload = await meter.take();

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
    enteringRoom,
    codeToBlockMs,
    warmReloadMs,
    warmReload,
    offlineReload,
  };
}

async function joinLinkRound(
  context: BrowserContext,
  base: string,
  code: string,
): Promise<Pick<PhoneRound, 'joinLinkMs' | 'joinLink' | 'nameToBlockMs' | 'joinLinkRoom'>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const meter = transferMeter(context, cdp);
  await throttle(cdp, false);
  const joinLinkMs = await timed(async () => {
    await page.goto(`${base}/j/${code}`, { waitUntil: 'commit' });
    await page.getByTestId('join-name').waitFor({ state: 'visible' });
  });
  await settled(page);
  const joinLink = await meter.take();
  const nameToBlockMs = await timed(async () => {
    await page.getByTestId('join-name').fill('Bench');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('current-block').waitFor({ state: 'visible' });
  });
  await settled(page);
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  const joinLinkRoom = await meter.take();
  await page.close();
  return { joinLinkMs, joinLink, nameToBlockMs, joinLinkRoom };
}

/**
 * A phone on venue Wi-Fi: the built app as deployed (precompressed assets, cache headers), a
 * room whose session is running, and headless Chromium at 360 px under Lighthouse's mobile
 * throttling. Each round is a fresh phone (empty cache): it opens the address, types the code,
 * joins, reloads with a warm cache, and reloads with no network; and a second fresh phone opens
 * the room's join link, as from the QR code.
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
    const freshPhone = () =>
      browser.newContext({
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'nl-NL',
      });
    const code = authority.snapshot.code;
    for (let i = 0; i < ROUNDS; i++) {
      const front = await freshPhone();
      const link = await freshPhone();
      try {
        const round = await oneRound(front, base, code);
        rounds.push({ ...round, ...(await joinLinkRound(link, base, code)) });
      } finally {
        await front.close();
        await link.close();
      }
    }
    return { kind: 'measured', rounds };
  } finally {
    await setup.close();
  }
}
