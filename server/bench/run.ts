import { cpus, loadavg } from 'node:os';
import { benchReplaySeek } from './replay-seek.js';
import { benchLoad } from './load/load-bench.js';

/**
 * `pnpm bench [replay|load [1000-room|200×25]]`: prints each figure, then one summary line per
 * bench; the last line sums up the load bench when it ran.
 */
const [only, shape] = process.argv.slice(2);
if (only !== undefined && only !== 'replay' && only !== 'load') {
  console.error(`usage: pnpm bench [replay|load [1000-room|200×25]], got "${only}"`);
  process.exit(2);
}
// Timings mean little on a busy machine: say how busy it was.
console.log(`Machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const summaries: string[] = [];

if (only !== 'load') {
  const replay = benchReplaySeek();
  console.log(
    'Replay seek (a 5-hour log, state + presenter and console projections at a random moment):',
  );
  console.log(`  events            ${replay.events}`);
  console.log(`  index build       ${ms(replay.buildMs)} (once, when a session is opened)`);
  console.log(`  seek p50          ${ms(replay.p50)}`);
  console.log(`  seek p99          ${ms(replay.p99)}`);
  console.log(`  seek max          ${ms(replay.max)}`);
  const ok = replay.p99 < 50;
  summaries.push(
    `replay-seek p99 ${ms(replay.p99)} over ${replay.events} events (target < 50 ms): ${ok ? 'met' : 'MISSED'}`,
  );
}
if (only !== 'replay') summaries.push(await benchLoad(shape));

console.log('');
for (const line of summaries) console.log(line);
