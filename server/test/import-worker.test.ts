import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import { exportLog, type RoomSummary, type View } from '@samenspel/shared';
import { syntheticLog } from '../bench/synthetic-log.js';
import { checkInWorker, INLINE_IMPORT_BYTES } from '../src/rooms/import-job.js';
import { createRoom, login } from './support/http.js';
import { connectFacilitator, joinAsParticipant, type TestClient } from './support/client.js';
import { startServer } from './support/server.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const UPLOADER = fileURLToPath(new URL('./support/upload-synthetic.ts', import.meta.url));
const POLL = 'eerste-stap';
const OPTIONS = ['regels', 'plan', 'buurt'];

/**
 * A 20 MB log is read and checked in a worker thread and stored in slices: a live room's votes
 * keep reaching the facilitator's console meanwhile. Read and folded on the main thread, such a
 * file stopped every room on the server for seconds.
 */
describe('a large import beside a live room', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  let phone: TestClient;

  beforeAll(async () => {
    server = await startServer({ config: { scenariosDir: SHIPPED }, staffGapMs: 3 });
    token = await login(server.url);
    room = await createRoom(server.url, token, 'demo');
    facilitator = await connectFacilitator(server.url, room.roomId, token);
    phone = (await joinAsParticipant(server.url, room.code, 'Anouk')).client;
    await facilitator.send({ type: 'session.start' });
    await facilitator.send({ type: 'block.goto', blockId: POLL });
    await phone.waitFor((v) => v.role === 'participant' && v.block?.id === POLL);
  });
  afterAll(async () => {
    phone.close();
    facilitator.close();
    await server.stop();
  });

  const counted = (option: string) => (view: View) =>
    view.role === 'facilitator' &&
    view.runs[POLL]?.results?.kind === 'poll' &&
    view.runs[POLL].results.counts[option] === 1;

  it('a vote still reaches its console within 250 ms while a 20 MB log is imported', async () => {
    const upload = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', UPLOADER, server.url, token, '130000'],
      { cwd: SERVER_DIR, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    upload.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let importing = true;
    const uploaded = new Promise<string>((resolve) =>
      upload.once('exit', () => {
        importing = false;
        resolve(output);
      }),
    );
    // Votes count from the moment the file is built and on its way.
    while (!output.includes('built')) await sleep(20);

    const lags: number[] = [];
    for (let i = 0; importing; i++) {
      const option = OPTIONS[i % OPTIONS.length]!;
      const sent = performance.now();
      const ack = await phone.send({
        type: 'answer',
        blockId: POLL,
        answer: { kind: 'poll', optionIds: [option] },
      });
      expect(ack.ok, JSON.stringify(ack)).toBe(true);
      await facilitator.waitFor(counted(option), 10_000);
      if (importing) lags.push(performance.now() - sent);
      // A phone may send 10 commands a second.
      await sleep(120);
    }
    const [bytes, status] = (await uploaded).trim().split('\n').pop()!.split(' ').map(Number);
    expect(bytes).toBeGreaterThan(20_000_000);
    expect(status).toBe(201);
    // Votes went on for the whole import, which takes seconds: the check did not stop them.
    expect(lags.length).toBeGreaterThan(10);
    // Checked on the main thread, the same file froze the room for seconds (9.1 s seen). In
    // the worker, nearly every vote shows within 250 ms; on a two-core machine that runs other
    // test files beside this one, a single vote may be held up by them, never for a second.
    const sorted = [...lags].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length * 0.9)]).toBeLessThan(250);
    expect(sorted[sorted.length - 1]).toBeLessThan(1000);
  }, 120_000);
});

/** The worker gives the same verdicts as the check it runs, and hands over every event. */
describe('the import worker', () => {
  const file = exportLog(syntheticLog(5000), { names: true, exportedAt: 0 });
  const bytes = (body: unknown) => new TextEncoder().encode(JSON.stringify(body));

  it('hands over every event of an accepted log, in order, in slices', async () => {
    const body = bytes(file);
    expect(body.byteLength).toBeGreaterThan(INLINE_IMPORT_BYTES);
    const check = await checkInWorker(body);
    if (!check.ok) throw new Error(check.error.message);
    const seqs: number[] = [];
    let slices = 0;
    for await (const rows of check.log.slices) {
      slices++;
      for (const row of rows) seqs.push(row.seq);
    }
    await check.close();
    expect(slices).toBeGreaterThan(1);
    expect(seqs).toEqual(file.events.slice(1).map((event) => event.seq));
    expect(check.log).toMatchObject({ lastSeq: 5000, participantCount: 220 });
  });

  it('refuses a large log that breaks a rule, naming the event', async () => {
    const broken = structuredClone(file);
    const vote = broken.events.find(
      (e) => e.type === 'answer_submitted' && e.answer.kind === 'poll',
    );
    if (vote?.type !== 'answer_submitted') throw new Error('the log has no vote');
    vote.answer = { kind: 'poll', optionIds: ['bestaat-niet'] };
    const check = await checkInWorker(bytes(broken));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.status).toBe(422);
    expect(check.error.message).toContain(`event ${vote.seq} (answer_submitted)`);
    expect(check.error.field).toBe(`events.${vote.seq - 1}.answer.optionIds`);
  });
});
