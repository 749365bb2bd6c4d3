import { cpus, loadavg } from 'node:os';
import { benchReplayBrowser, type Spread } from './replay-browser.js';
import { benchReplaySeek } from './replay-seek.js';
import { benchLoad } from './load/load-bench.js';
import { reportPhone } from './phone-report.js';
import { benchSoak } from './soak/soak-bench.js';

/**
 * `pnpm bench [replay|replay-browser|phone|load [1000-room|200×25]|soak]`; without a name, the
 * first four (the browser benches skip themselves when the client is not built or no Chromium is
 * found). The soak runs only when named: it takes SOAK_MINUTES (30 by default), six times the rest
 * together. Each prints its figures; at the end one summary line per bench, the load bench's last.
 */
const [only, shape] = process.argv.slice(2);
const known = ['replay', 'replay-browser', 'phone', 'load', 'soak'];
if (only !== undefined && !known.includes(only)) {
  console.error(`usage: pnpm bench [${known.join('|')}] [1000-room|200×25], got "${only}"`);
  process.exit(2);
}
const byDefault = new Set(['replay', 'replay-browser', 'phone', 'load']);
const runs = (name: string) => (only === undefined ? byDefault.has(name) : only === name);

const ms = (n: number) => `${n.toFixed(1)} ms`;
// Timings mean little on a busy machine: say how busy it was.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`Machine: ${cpus().length} cores, load average ${load()} at start`);
const summaries: string[] = [];

if (runs('replay')) {
  const replay = benchReplaySeek();
  console.log(
    'Replay seek (a 5-hour log, state + presenter and console projections at a random moment):',
  );
  console.log(`  events            ${replay.events}`);
  console.log(`  index build       ${ms(replay.buildMs)} (once, when a session is opened)`);
  console.log(`  seek p50          ${ms(replay.p50)}`);
  console.log(`  seek p99          ${ms(replay.p99)}`);
  console.log(`  seek max          ${ms(replay.max)}`);
  const ok = replay.p99 <= 20 && replay.buildMs <= 1000;
  summaries.push(
    `replay-seek p99 ${ms(replay.p99)}, index build ${ms(replay.buildMs)} over ${replay.events} events (target p99 ≤ 20 ms, index ≤ 1 s): ${ok ? 'met' : 'MISSED'}`,
  );
}

if (runs('replay-browser')) {
  const result = await benchReplayBrowser();
  if (result.kind === 'skipped') {
    summaries.push(`replay-browser skipped: ${result.reason}`);
  } else {
    const line = (name: string, s: Spread) =>
      console.log(`  ${name.padEnd(22)}p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`);
    console.log(
      `\nReplay in headless Chromium (built app, ${result.events} events, ${result.seeks} clicks on the timeline):`,
    );
    console.log(`  first screen          ${ms(result.firstScreenMs)} after opening the address`);
    console.log(`  index complete        ${ms(result.indexedMs)} after opening the address`);
    line('click → presenter', result.presenter);
    line('click → console', result.console);
    console.log(
      `  main thread busy      ${ms(result.mainThreadMsPerSeek)} per click (its own work, less the wait for a core)`,
    );
    console.log(`  load average          ${load()} at the end`);
    const ok = result.presenter.p50 < 50;
    summaries.push(
      `replay-browser click to painted presenter p50 ${ms(result.presenter.p50)}, p99 ${ms(result.presenter.p99)}; console p50 ${ms(result.console.p50)} (target p50 < 50 ms): ${ok ? 'met' : 'MISSED'}`,
    );
  }
}

if (runs('phone')) summaries.push(await reportPhone());

if (runs('load')) summaries.push(await benchLoad(shape));

if (runs('soak')) summaries.push(await benchSoak());

console.log('');
for (const line of summaries) console.log(line);
