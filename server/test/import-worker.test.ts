import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import type { RoomSummary, View } from '@samenspel/shared';
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
    expect(Math.max(...lags)).toBeLessThan(250);
  }, 120_000);
});
