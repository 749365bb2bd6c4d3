import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { API, type RoomSummary } from '@samenspel/shared';
import { startBenchServer } from '../load/server-process.js';
import type { AuditReply, Sample } from '../load/ipc.js';
import { ChurningPhone, SoakTally } from './churning-phone.js';
import { SoakConsole } from './console.js';
import { Random } from './random.js';
import { SOAK_PASSPHRASE } from './passphrase.js';
import { leastSquaresSlope } from './slope.js';

/** The shape the issue reported: 12 rooms of 25 phones on the flagship programme. */
const ROOMS = Number(process.env.SOAK_ROOMS ?? 12);
const PER_ROOM = Number(process.env.SOAK_PHONES ?? 25);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
/** Until the recovery buffers (2 minutes, swept every minute) and the rooms' logs have filled. */
const WARMUP_MINUTES = Number(
  process.env.SOAK_WARMUP_MINUTES ?? Math.min(5, Math.max(3, MINUTES / 6)),
);
const SAMPLE_EVERY_MS = 10_000;
/** Of the drops, the share that comes back as a fresh connection with the token. */
const FRESH_SHARE = Number(process.env.SOAK_FRESH_SHARE ?? 0.15);
const SEED = Number(process.env.SOAK_SEED ?? 20261215);
const SCENARIO = 'bestuurlijke-sensitiviteit';
/** The issue's target: heap after a full GC flat within 5 MB over the soak, after warm-up. */
const MAX_HEAP_RANGE_MB = 5;

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

interface Point {
  minutes: number;
  heap: number;
  rss: number;
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(url + API.session, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ passphrase: SOAK_PASSPHRASE }),
  });
  if (response.status !== 200) throw new Error(`sign-in refused: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

async function createRoom(url: string, token: string, n: number): Promise<RoomSummary> {
  const response = await fetch(url + API.rooms, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ scenarioId: SCENARIO, groupName: `Soak ${n}` }),
  });
  if (response.status !== 201) throw new Error(`room refused: ${response.status}`);
  return (await response.json()) as RoomSummary;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The soak: the server as deployed in a child process, a facilitator console per room moving
 * through the flagship's blocks, and phones that answer and drop out every 15–45 s for
 * SOAK_MINUTES. Every 10 s the server reports its heap after a full GC and its RSS. Returns
 * the summary line.
 */
export async function benchSoak(): Promise<string> {
  const snapshotDir = process.env.SOAK_HEAP_SNAPSHOTS;
  if (snapshotDir) mkdirSync(snapshotDir, { recursive: true });
  const server = await startBenchServer(new URL('./soak-server.ts', import.meta.url), {});
  const random = new Random(SEED);
  const tally = new SoakTally();
  const consoles: SoakConsole[] = [];
  const phones: ChurningPhone[] = [];
  let crashed: number | null | undefined;
  void server.exited.then((code) => (crashed = code));
  try {
    console.log(
      `\nSoak: ${ROOMS} rooms × ${PER_ROOM} phones on "${SCENARIO}" for ${MINUTES} min (warm-up ${WARMUP_MINUTES} min); every phone drops every 15–45 s, ${Math.round((1 - FRESH_SHARE) * 100)}% through connection state recovery, the rest afresh with its token; consoles move every 30–60 s`,
    );
    const token = await signIn(server.url);
    const rooms: RoomSummary[] = [];
    for (let i = 0; i < ROOMS; i++) rooms.push(await createRoom(server.url, token, i + 1));
    for (const room of rooms) {
      const desk = await SoakConsole.open(server.url, room.roomId, token, random);
      const started = await desk.send({ type: 'session.start' });
      if (!started.ok) throw new Error(`session.start refused: ${JSON.stringify(started)}`);
      consoles.push(desk);
    }
    const blocks = consoles[0]!.blocks;
    for (const room of rooms) {
      const batch = Array.from(
        { length: PER_ROOM },
        () => new ChurningPhone(server.url, room, blocks, random, tally, FRESH_SHARE),
      );
      await Promise.all(batch.map((phone) => phone.join()));
      phones.push(...batch);
    }
    const baseline = await server.sample(true);
    console.log(
      `  ${phones.length} phones joined; heap after GC ${mb(baseline.heapUsed)} MB, RSS ${mb(baseline.rss)} MB`,
    );
    console.log('  min    heap MB   RSS MB   drops  recovered  fresh  answers acked');

    const start = performance.now();
    for (const phone of phones) phone.startChurn();
    for (const desk of consoles) desk.startMoving();
    const points: Point[] = [];
    const record = (sample: Sample) => {
      const minutes = (performance.now() - start) / 60_000;
      points.push({ minutes, heap: sample.heapUsed, rss: sample.rss });
      console.log(
        `  ${minutes.toFixed(1).padStart(5)}  ${mb(sample.heapUsed).padStart(8)}  ${mb(sample.rss).padStart(7)}  ${String(tally.drops).padStart(6)}  ${String(tally.recovered).padStart(9)}  ${String(tally.fresh).padStart(5)}  ${String(tally.acked.length).padStart(13)}`,
      );
    };
    const snapshot = async (label: string) => {
      if (!snapshotDir) return;
      const file = path.join(snapshotDir, `soak-${label}-${process.pid}.heapsnapshot`);
      const written = await server.snapshot(file);
      console.log(`  heap snapshot ${written.file} (${(written.ms / 1000).toFixed(1)} s)`);
    };
    let warmedUp = false;
    const end = start + MINUTES * 60_000;
    while (performance.now() < end) {
      await sleep(Math.min(SAMPLE_EVERY_MS, end - performance.now()));
      if (crashed !== undefined) throw new Error(`the server exited with ${crashed}`);
      record(await server.sample(false));
      if (!warmedUp && points.at(-1)!.minutes >= WARMUP_MINUTES) {
        warmedUp = true;
        await snapshot('after-warmup');
      }
    }
    await snapshot('end');

    // The day ends: no more drops or moves; every phone comes back and gets its answers in.
    for (const phone of phones) phone.stopChurn();
    for (const desk of consoles) desk.stopMoving();
    const settleBy = performance.now() + 60_000;
    while (
      performance.now() < settleBy &&
      phones.some((phone) => !phone.connected || phone.unacknowledged > 0)
    ) {
      await sleep(250);
    }
    const unsettled = phones.filter((p) => !p.connected || p.unacknowledged > 0).length;
    const audit = await server.audit(rooms.map((room) => room.roomId));
    const check = checkAudit(audit, tally, PER_ROOM);

    const after = points.filter((p) => p.minutes >= WARMUP_MINUTES);
    const heapSlope = leastSquaresSlope(after.map((p) => [p.minutes, p.heap / MB]));
    const rssSlope = leastSquaresSlope(after.map((p) => [p.minutes, p.rss / MB]));
    const heaps = after.map((p) => p.heap / MB);
    const low = Math.min(...heaps);
    const high = Math.max(...heaps);
    const range = high - low;
    const reconnects = tally.recovered + tally.notRecovered + tally.fresh;
    const minutesRun = points.at(-1)?.minutes ?? 0;
    console.log(
      `  reconnects ${reconnects} in ${minutesRun.toFixed(1)} min: ${tally.recovered} recovered (${((100 * tally.recovered) / Math.max(1, reconnects)).toFixed(0)}%), ${tally.fresh} fresh with the token, ${tally.notRecovered} meant to recover but came back fresh`,
    );
    console.log(
      `  answers: ${tally.answersSent} sent, ${tally.acked.length} acknowledged, refused ${formatCounts(tally.refused)}; console moves ${consoles.reduce((n, c) => n + c.moves, 0)}, refused ${formatCounts(new Map(consoles.flatMap((c) => [...c.refused])))}`,
    );
    if (tally.connectErrors.size > 0) {
      console.log(`  handshakes refused: ${formatCounts(tally.connectErrors)}`);
    }
    console.log(
      `  after warm-up (${after.length} samples): heap after GC ${low.toFixed(1)}–${high.toFixed(1)} MB (range ${range.toFixed(1)} MB, target ≤ ${MAX_HEAP_RANGE_MB} MB: ${range <= MAX_HEAP_RANGE_MB ? 'met' : 'MISSED'}), slope ${heapSlope.toFixed(2)} MB/min; RSS slope ${rssSlope.toFixed(2)} MB/min`,
    );
    console.log(
      `  every acknowledged answer in its room's log exactly once: ${check.answersOk ? 'yes' : 'NO'} (${check.answerProblems.join('; ') || `${tally.acked.length} checked`}); no participant doubled: ${check.participantsOk ? 'yes' : 'NO'} (${check.participantProblems.join('; ') || `${ROOMS} rooms of ${PER_ROOM}`}); phones not settled at the end: ${unsettled}`,
    );
    console.log(`  load average now ${loadavg()[0]!.toFixed(1)}`);
    const ok = range <= MAX_HEAP_RANGE_MB && check.answersOk && check.participantsOk;
    return `soak ${ROOMS}×${PER_ROOM} ${minutesRun.toFixed(0)} min, ${reconnects} reconnects (${((100 * tally.recovered) / Math.max(1, reconnects)).toFixed(0)}% recovered): heap after GC ${heapSlope.toFixed(2)} MB/min, range ${range.toFixed(1)} MB after ${WARMUP_MINUTES} min warm-up (target ≤ ${MAX_HEAP_RANGE_MB} MB), RSS ${rssSlope.toFixed(2)} MB/min; acked answers once each: ${check.answersOk ? 'yes' : 'NO'}, no participant doubled: ${check.participantsOk ? 'yes' : 'NO'}: ${ok ? 'met' : 'MISSED'}`;
  } finally {
    for (const phone of phones) phone.close();
    for (const desk of consoles) desk.close();
    await server.stop();
  }
}

function formatCounts(counts: ReadonlyMap<string, number>): string {
  if (counts.size === 0) return 'none';
  return [...counts].map(([code, n]) => `${code} ${n}`).join(', ');
}

/** Every acknowledged answer is in its room's log exactly once; every phone joined once. */
function checkAudit(audit: AuditReply, tally: SoakTally, perRoom: number) {
  const answerProblems: string[] = [];
  const participantProblems: string[] = [];
  const byRoom = new Map(audit.rooms.map((room) => [room.roomId, room]));
  const counts = new Map<string, number>();
  for (const room of audit.rooms) {
    for (const answer of room.answers) {
      if (answer.commandId === null) continue;
      const key = `${room.roomId} ${answer.participantId} ${answer.blockId} ${answer.commandId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const distinct = new Set(room.joined);
    if (
      room.joined.length !== perRoom ||
      distinct.size !== perRoom ||
      room.participants !== perRoom
    ) {
      participantProblems.push(
        `${room.roomId}: ${room.joined.length} joins, ${distinct.size} distinct, ${room.participants} in state`,
      );
    }
  }
  let missing = 0;
  let doubled = 0;
  for (const acked of tally.acked) {
    if (!byRoom.has(acked.roomId)) missing++;
    const n =
      counts.get(`${acked.roomId} ${acked.participantId} ${acked.blockId} ${acked.commandId}`) ?? 0;
    if (n === 0) missing++;
    if (n > 1) doubled++;
  }
  if (missing > 0) answerProblems.push(`${missing} missing`);
  if (doubled > 0) answerProblems.push(`${doubled} doubled`);
  if (tally.identityChanges > 0) {
    participantProblems.push(`${tally.identityChanges} views for another participant`);
  }
  return {
    answersOk: answerProblems.length === 0,
    participantsOk: participantProblems.length === 0,
    answerProblems,
    participantProblems,
  };
}
