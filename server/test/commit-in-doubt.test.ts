import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { RoomEvent } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { createRoom, login } from './support/http.js';
import { connectFacilitator, newCommandId } from './support/client.js';
import { FlakyNetwork } from './support/flaky-network.js';
import { RetryingPhone } from './support/retrying-phone.js';
import { readStoredLog } from './support/stored-log.js';
import { tempDataDir, testConfig } from './support/server.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const POLL = 'eerste-stap';
/** How long a phone waits for an ack while connected (COMMAND_ACK_TIMEOUT_MS). */
const ACK_WAIT_MS = 8_000;

/**
 * The database goes away just as it commits a vote: the COMMIT reached it (so the vote is in
 * the log), its answer never came back, and nothing can be asked until it is back. The phone
 * must not be told the vote failed: it hears nothing, sends it again once the room is back, and
 * is told it was saved, once, at the seq the log has it.
 */
describe('a vote whose COMMIT went out as the database went away', () => {
  const data = tempDataDir();
  let database: ThrowawayPostgres;
  let link: FlakyNetwork;
  let app: SamenspelApp;
  let url: string;
  let databaseUrl: string;
  const phones: RetryingPhone[] = [];
  beforeAll(async () => {
    database = await startPostgres();
    databaseUrl = await database.createDatabase();
    link = await FlakyNetwork.start(database.port);
    const throughLink = databaseUrl.replace(`:${database.port}/`, `:${link.port}/`);
    app = await buildApp(testConfig(data.dir, { databaseUrl: throughLink, scenariosDir: SHIPPED }));
    url = (await app.listen()).url;
  }, 60_000);
  afterAll(async () => {
    for (const phone of phones) phone.close();
    await app?.close();
    await link?.close();
    await database?.remove();
    data.remove();
  });

  it('is neither refused nor lost: the phone asks again and is told it was saved, once', async () => {
    const token = await login(url);
    const room = await createRoom(url, token, 'demo');
    const trainer = await connectFacilitator(url, room.roomId, token);
    expect(await trainer.send({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await trainer.send({ type: 'block.goto', blockId: POLL })).toMatchObject({ ok: true });
    trainer.close();
    const phone = new RetryingPhone(url, room.code);
    phones.push(phone);
    await phone.join('Anouk');

    const cut = link.cutOnceSent('COMMIT\0');
    const id = newCommandId();
    const told: string[] = [];
    phone.setOnAck((ackId, ack) => {
      if (ackId === id) told.push(ack.ok ? 'ok' : ack.error.code);
    });
    const vote = phone.send(
      { type: 'answer', blockId: POLL, answer: { kind: 'poll', optionIds: ['plan'] } },
      id,
    );
    await cut;
    // Down for a second and a half, as a database restart takes.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    link.restore();
    // Sent again as soon as the phone is back in, not after its wait for the lost ack ran out.
    const waited = new Promise<'still waiting'>((resolve) =>
      setTimeout(() => resolve('still waiting'), ACK_WAIT_MS - 1_000),
    );
    expect(await Promise.race([vote.then(() => 'answered'), waited])).toBe('answered');
    const ack = await vote;
    expect(told).toEqual(['ok']);
    expect(ack.ok).toBe(true);

    const log: RoomEvent[] = await readStoredLog({ dataDir: data.dir, databaseUrl }, room.roomId);
    const written = log.filter((event) => event.commandId === id);
    expect(written).toHaveLength(1);
    expect(ack.ok && written[0]!.seq).toBe(ack.ok ? ack.seq : -1);
  }, 60_000);
});
