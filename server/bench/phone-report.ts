import { benchPhone, PHONE_PROFILE, type PhoneRound, type Transfer } from './phone.js';

/** Targets of issue 15: JavaScript and everything the phone's first load transfers. */
const SCRIPT_TARGET_BYTES = 100 * 1000;
const TOTAL_TARGET_BYTES = 150 * 1000;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const ratio = (n: number, base: number) => `${(n / base).toFixed(1)}× the bare request`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const medianOf = (rounds: PhoneRound[], pick: (round: PhoneRound) => number) =>
  median(rounds.map(pick));

function transfer(rounds: PhoneRound[], pick: (round: PhoneRound) => Transfer) {
  return {
    script: medianOf(rounds, (r) => pick(r).script),
    style: medianOf(rounds, (r) => pick(r).style),
    total: medianOf(rounds, (r) => pick(r).total),
    worker: medianOf(rounds, (r) => pick(r).worker),
  };
}

/** Runs the phone bench, prints its figures (medians over the rounds) and returns its summary line. */
export async function reportPhone(): Promise<string> {
  const result = await benchPhone();
  if (result.kind === 'skipped') return `phone skipped: ${result.reason}`;
  const { rounds } = result;
  const bare = medianOf(rounds, (r) => r.bareRequestMs);
  const first = transfer(rounds, (r) => r.firstLoad);
  const warm = transfer(rounds, (r) => r.warmReload);
  const entering = transfer(rounds, (r) => r.enteringRoom);
  const link = transfer(rounds, (r) => r.joinLink);
  const linkMs = medianOf(rounds, (r) => r.joinLinkMs);
  const linkRoom = transfer(rounds, (r) => r.joinLinkRoom);
  const nameToBlock = medianOf(rounds, (r) => r.nameToBlockMs);
  const form = medianOf(rounds, (r) => r.joinFormMs);
  const toBlock = medianOf(rounds, (r) => r.codeToBlockMs);
  const reload = medianOf(rounds, (r) => r.warmReloadMs);
  const offline = rounds.map((r) => r.offlineReload);
  const offlineShown = offline.filter((o) => o.shown);
  console.log(
    `\nA phone on venue Wi-Fi (built app, headless Chromium at 360 px, ${PHONE_PROFILE.latencyMs} ms RTT, ` +
      `${((PHONE_PROFILE.downloadBytesPerSecond * 8) / 1e6).toFixed(2)} Mbps down, ${PHONE_PROFILE.cpuSlowdown}× CPU; medians of ${rounds.length} fresh phones):`,
  );
  console.log(`  bare request          ${ms(bare)} (GET /api/health: the baseline)`);
  const bytes = (t: Transfer) =>
    `JS ${kb(t.script)}, CSS ${kb(t.style)}, total ${kb(t.total)} (offline worker ${kb(t.worker)})`;
  console.log(`  first load            ${bytes(first)}`);
  console.log(`  join form on screen   ${ms(form)} (${ratio(form, bare)})`);
  console.log(
    `  code → block shown    ${ms(toBlock)} (${ratio(toBlock, bare)}), ${bytes(entering)}`,
  );
  console.log(
    `  join link (QR code)   name form ${ms(linkMs)} (${ratio(linkMs, bare)}), ${bytes(link)}`,
  );
  console.log(
    `  name → block shown    ${ms(nameToBlock)} (${ratio(nameToBlock, bare)}), ${bytes(linkRoom)}`,
  );
  console.log(
    `  warm reload           ${ms(reload)} (${ratio(reload, bare)}), total ${kb(warm.total)}`,
  );
  const refusal = offline.find((o): o is { shown: false; reason: string } => !o.shown);
  console.log(
    refusal === undefined
      ? `  offline reload        ${ms(median(offlineShown.map((o) => (o.shown ? o.ms : 0))))}`
      : `  offline reload        no page in ${offline.length - offlineShown.length} of ${offline.length} (${refusal.reason})`,
  );
  const within = (t: Transfer) => t.script <= SCRIPT_TARGET_BYTES && t.total <= TOTAL_TARGET_BYTES;
  const met = within(first) && within(link);
  return (
    `phone first load JS ${kb(first.script)} (target ≤ ${kb(SCRIPT_TARGET_BYTES)}), total ${kb(first.total)} (≤ ${kb(TOTAL_TARGET_BYTES)}); ` +
    `by join link JS ${kb(link.script)}, total ${kb(link.total)}: ${met ? 'met' : 'MISSED'}; ` +
    `join form ${ms(form)}, code → block ${ms(toBlock)}, name form by link ${ms(linkMs)}, name → block ${ms(nameToBlock)}, warm reload ${ms(reload)}, offline reload ${refusal === undefined ? 'shown' : 'no page'}`
  );
}
