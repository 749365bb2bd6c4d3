import type { Page } from 'playwright-core';
import { API, exportLog, LoginResponseSchema } from '@samenspel/shared';
import { startBrowserBench } from './browser-app.js';
import { percentile } from './percentile.js';
import { syntheticLog } from './synthetic-log.js';

const PASSPHRASE = 'bench-replay-browser';
/** Enough seeks for a p99 that means something, few enough to finish in a minute or two. */
const SEEKS = Number(process.env.SEEKS ?? 120);

/** Milliseconds from a click on the timeline to the frame that shows each screen at the new moment. */
interface SeekTiming {
  presenter: number;
  console: number;
}
type Box = { x: number; y: number; width: number; height: number };

export interface Spread {
  p50: number;
  p99: number;
  max: number;
}

export type BrowserBench =
  | { kind: 'skipped'; reason: string }
  | {
      kind: 'measured';
      events: number;
      /** From opening the replay's address to the first screen, and to the whole index. */
      firstScreenMs: number;
      indexedMs: number;
      seeks: number;
      /** The main thread's busy time per click: what the page costs, whatever the load. */
      mainThreadMsPerSeek: number;
      presenter: Spread;
      console: Spread;
    };

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1]!,
  };
}

/**
 * Replay in a real browser: the built app on a 50,000-event log imported through the API,
 * the replay page in headless Chromium, and clicks at random moments of the timeline. Each
 * figure runs from the click (the event's own timestamp) to the first frame painted with the
 * presenter screen (with the timeline), and with the console, at the new moment.
 */
export async function benchReplayBrowser(): Promise<BrowserBench> {
  const setup = await startBrowserBench(PASSPHRASE);
  if (setup.kind === 'skipped') return setup;
  const { app, browser } = setup;
  try {
    const { port } = await app.listen();
    const base = `http://127.0.0.1:${port}`;
    const events = syntheticLog(50_000);
    const roomId = await importLog(base, exportLog(events, { names: true, exportedAt: 0 }));

    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`${base}/facilitator`);
    await page.getByTestId('login-passphrase').fill(PASSPHRASE);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('new-room-form').waitFor();
    const opened = Date.now();
    await page.goto(`${base}/facilitator/library/${roomId}`);
    await page.locator('[data-testid="replay-presenter"][data-seq]').waitFor({ timeout: 120_000 });
    const firstScreenMs = Date.now() - opened;
    await page.locator('[data-testid="replay"][data-index-ms]').waitFor({ timeout: 120_000 });
    const indexedMs = Date.now() - opened;

    const box = await page.getByTestId('replay-timeline').boundingBox();
    if (!box) throw new Error('the timeline is not visible');
    // The page's own work, apart from the wait for a busy machine's cores: the main thread's
    // time in tasks (script, style, layout, paint) over all the clicks.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const busy = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    const busyBefore = await busy();
    const timings: SeekTiming[] = [];
    let seed = 11;
    for (let i = 0; i < SEEKS; i++) {
      seed = (seed * 48_271) % 2_147_483_647;
      const timing = await clickAndTime(page, box, (seed % 1000) / 1000);
      if (timing !== null) timings.push(timing);
    }
    // The Playwright round trips between clicks run a little script in the page too; that is
    // counted here and so this errs on the high side.
    const mainThreadMsPerSeek = (await busy()) - busyBefore;
    return {
      kind: 'measured',
      mainThreadMsPerSeek: mainThreadMsPerSeek / SEEKS,
      events: events.length,
      firstScreenMs,
      indexedMs,
      seeks: timings.length,
      presenter: spread(timings.map((t) => t.presenter)),
      console: spread(timings.map((t) => t.console)),
    };
  } finally {
    await setup.close();
  }
}

async function importLog(base: string, log: unknown): Promise<string> {
  const login = await fetch(`${base}${API.session}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ passphrase: PASSPHRASE }),
  });
  const { token } = LoginResponseSchema.parse(await login.json());
  const imported = await fetch(`${base}${API.import}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(log),
  });
  if (imported.status !== 201) throw new Error(`import failed: ${imported.status}`);
  const { roomId } = (await imported.json()) as { roomId: string };
  return roomId;
}

/**
 * One click on the timeline at `share` of its width; resolves with the milliseconds from the
 * click to the frame after both screens show the new event. "Painted" is the task that runs
 * after the frame's requestAnimationFrame, i.e. after the browser has drawn it.
 */
async function clickAndTime(page: Page, box: Box, share: number): Promise<SeekTiming | null> {
  await page.evaluate(ARM_SEEK_TIMING);
  await page.mouse.click(box.x + 4 + share * (box.width - 8), box.y + box.height / 2);
  return page.evaluate<SeekTiming | null>('window.seekTiming');
}

/**
 * Run in the page before a click (as text: the bench runs under tsx, whose helpers do not
 * exist in the page). It leaves `window.seekTiming`, which resolves with the milliseconds from
 * the click (the event's own timestamp) to the first frame painted with the presenter screen,
 * and with the console, at the timeline's new event; null when the click moved nothing.
 * "Painted" is the task after that frame's requestAnimationFrame: the browser has drawn it.
 */
const ARM_SEEK_TIMING = `
  window.seekTiming = new Promise((resolve, reject) => {
    const root = document.querySelector('[data-testid="replay"]');
    const attr = (id, name) =>
      document.querySelector('[data-testid="' + id + '"]')?.getAttribute(name);
    const before = attr('replay-timeline', 'data-seq');
    let clicked = null;
    const painted = {};
    const panes = ['replay-presenter', 'replay-console'];
    const done = (value) => {
      observer.disconnect();
      clearTimeout(giveUp);
      resolve(value);
    };
    // A click on the moment already shown (a quiet stretch of the log) moves nothing: null.
    const same = () => attr('replay-timeline', 'data-seq') === before && done(null);
    window.addEventListener('pointerup', () => setTimeout(same, 1000), { once: true });
    window.addEventListener('pointerdown', (e) => (clicked = e.timeStamp), { capture: true, once: true });
    const check = () => {
      const target = attr('replay-timeline', 'data-seq');
      if (clicked === null || target === before) return;
      for (const id of panes) {
        if (id in painted || attr(id, 'data-seq') !== target || attr(id, 'aria-busy') !== 'false') continue;
        painted[id] = null;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            painted[id] = performance.now() - clicked;
            if (panes.every((p) => painted[p] != null))
              done({ presenter: painted['replay-presenter'], console: painted['replay-console'] });
          };
          channel.port2.postMessage(null);
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-seq', 'aria-busy'] });
    const giveUp = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the screens did not follow the click'));
    }, 20000);
  });
  // The page is asked again for the promise after the click; this script must not wait for it.
  undefined;
`;
