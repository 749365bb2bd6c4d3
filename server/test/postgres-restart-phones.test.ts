import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import type { CommandAck, FacilitatorView, RoomEvent } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { readStoredLog } from './support/stored-log.js';
import { startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { newCommandId, TestClient } from './support/client.js';
import { SHIPPED_SCENARIOS, tempDataDir } from './support/server.js';
import { spawnServer } from './support/process.js';
import { RetryingPhone } from './support/retrying-phone.js';
import { isFacilitator } from './support/views.js';

const PHONES = 40;
const POLL = 'eerste-stap';
const OPTIONS = ['regels', 'plan', 'buurt'] as const;

/**
 * PostgreSQL goes down in the middle of a session and comes back, while phones vote: the node
 * stays up, keeps its phones connected, refuses what it cannot write (storage_error, so the
 * phone says "Opslaan is mislukt" and the participant taps again), and loses nothing it
 * acknowledged. The store-level half of this is in postgres-faults.test.ts.
 */
describe('a PostgreSQL restart in the middle of a session, with phones', () => {
  const data = tempDataDir();
  let database: ThrowawayPostgres;
  let node: ChildProcess | null = null;
  const phones: RetryingPhone[] = [];
  const clients: TestClient[] = [];
  beforeAll(async () => {
    database = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    for (const phone of phones) phone.close();
    for (const client of clients) client.close();
    if (node?.exitCode === null) node.kill('SIGKILL');
    data.remove();
    await database.remove();
  });

  it('refuses while the database is gone, loses nothing acknowledged, and goes on', async () => {
    const databaseUrl = await database.createDatabase();
    const server = await spawnServer(data.dir, { scenariosDir: SHIPPED_SCENARIOS, databaseUrl });
    node = server.child;
    const token = await login(server.url);
    const room = await createRoom(server.url, token, 'demo');
    const facilitator = await TestClient.connect(server.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: room.facilitatorKey,
    });
    clients.push(facilitator);
    for (let i = 0; i < PHONES; i++) phones.push(new RetryingPhone(server.url, room.code));
    await Promise.all(phones.map((phone, i) => phone.join(`Deelnemer ${i + 1}`)));
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'block.goto', blockId: POLL })).toMatchObject({
      ok: true,
    });

    const acked = new Map<string, { phone: RetryingPhone; optionId: string; ack: CommandAck }>();
    const vote = async (phone: RetryingPhone, optionId: string) => {
      const commandId = newCommandId();
      const ack = await phone.send(pollAnswer(optionId), commandId);
      if (ack.ok) acked.set(commandId, { phone, optionId, ack });
      return { commandId, ack };
    };

    // The first half votes with the database up.
    const half = PHONES / 2;
    for (const outcome of await Promise.all(
      phones.slice(0, half).map((phone, i) => vote(phone, OPTIONS[i % 3]!)),
    )) {
      expect(outcome.ack).toMatchObject({ ok: true });
    }

    // The database stops as a crash would; the other half votes now.
    await database.stopNow();
    const refused = await Promise.all(
      phones.slice(half).map((phone, i) => vote(phone, OPTIONS[(half + i) % 3]!)),
    );
    for (const { ack } of refused) {
      expect(ack).toMatchObject({ ok: false, error: { code: 'storage_error' } });
    }
    // The node says it cannot serve, so a load balancer looks elsewhere; its phones stay on.
    const ready = await fetch(`${server.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(phones.every((phone) => phone.connected)).toBe(true);

    // Back within seconds (well inside the 10 s after which a cut-off writer gives up).
    await database.start();
    await vi.waitFor(
      async () => expect((await fetch(`${server.url}/api/ready`)).status).toBe(200),
      { timeout: 9_000, interval: 100 },
    );
    expect(node.exitCode).toBeNull();

    // Those who were refused tap again (a new command, as the real phone sends); all go through.
    for (const outcome of await Promise.all(
      phones.slice(half).map((phone, i) => vote(phone, OPTIONS[(half + i) % 3]!)),
    )) {
      expect(outcome.ack).toMatchObject({ ok: true });
    }
    // An acknowledged vote whose ack a phone missed, sent again: the original ack, not a second vote.
    const [firstId, first] = [...acked][0]!;
    const again = await first.phone.send(pollAnswer(first.optionId), firstId);
    expect(again.ok && again.seq).toBe(first.ack.ok && first.ack.seq);

    // In the log: every acknowledged vote once, at the seq its ack named; nothing refused.
    const log = await readStoredLog({ dataDir: data.dir, databaseUrl }, room.roomId);
    expect(log.map((event) => event.seq)).toEqual(log.map((_, i) => i + 1));
    const answers = log.filter(
      (e): e is Extract<RoomEvent, { type: 'answer_submitted' }> => e.type === 'answer_submitted',
    );
    expect(answers).toHaveLength(PHONES);
    for (const [commandId, { ack }] of acked) {
      const written = answers.filter((event) => event.commandId === commandId);
      expect(written, commandId).toHaveLength(1);
      expect(ack.ok && written[0]!.seq).toBe(ack.ok && ack.seq);
    }
    for (const { commandId } of refused) {
      expect(log.some((event) => event.commandId === commandId)).toBe(false);
    }

    // The console counts each phone once, with its vote.
    const expected = Object.fromEntries(OPTIONS.map((id) => [id, 0]));
    phones.forEach((_, i) => (expected[OPTIONS[i % 3]!]! += 1));
    const after = await facilitator.waitFor(
      (v): v is FacilitatorView => isFacilitator(v) && v.runs[POLL]?.answered === PHONES,
      10_000,
    );
    expect(after.runs[POLL]?.results).toEqual({
      kind: 'poll',
      respondents: PHONES,
      counts: expected,
    });
  }, 90_000);
});

function pollAnswer(optionId: string) {
  return { type: 'answer', blockId: POLL, answer: { kind: 'poll', optionIds: [optionId] } };
}
