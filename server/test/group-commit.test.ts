import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Command, CommandAck, RoomEvent, RoomSummary } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { SqliteEventStore } from '../src/store/sqlite-store.js';
import type { EventStore } from '../src/store/event-store.js';
import { createRoom, login } from './support/http.js';
import { readStoredLog } from './support/stored-log.js';
import { joinAsParticipant, newCommandId, TestClient } from './support/client.js';
import { tempDataDir, testConfig } from './support/server.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const PHONES = 40;

/**
 * The real SQLite store, counting its appends and able to fail them on purpose, as a full disk
 * would. Everything else about it is the store the server runs with.
 */
class ObservedStore implements EventStore {
  appends = 0;
  failing = false;
  constructor(private readonly inner: SqliteEventStore) {}
  async append(roomId: string, events: readonly RoomEvent[]): Promise<void> {
    this.appends++;
    if (this.failing) throw new Error('disk full');
    return this.inner.append(roomId, events);
  }
  read = (roomId: string, afterSeq?: number) => this.inner.read(roomId, afterSeq);
  listRooms = () => this.inner.listRooms();
  findRoom = (roomId: string) => this.inner.findRoom(roomId);
  findRoomByCode = (code: string) => this.inner.findRoomByCode(code);
  importRoom: EventStore['importRoom'] = (roomId, log) => this.inner.importRoom(roomId, log);
  findRoomByDigest = (digest: string) => this.inner.findRoomByDigest(digest);
  rememberExport = (roomId: string, digest: string) => this.inner.rememberExport(roomId, digest);
  deleteRoom = (roomId: string) => this.inner.deleteRoom(roomId);
  writeProblem = () => this.inner.writeProblem();
  close = () => this.inner.close();
}

/** A burst of votes is written together (one fsync), yet each vote is answered and kept once. */
describe('group commit', () => {
  const data = tempDataDir();
  let store: ObservedStore;
  let app: SamenspelApp;
  let url: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  const phones: TestClient[] = [];

  beforeAll(async () => {
    store = new ObservedStore(new SqliteEventStore(data.dir, 'full'));
    app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED }), {
      store,
      staffGapMs: 3,
    });
    url = (await app.listen()).url;
    const token = await login(url);
    room = await createRoom(url, token, 'demo');
    facilitator = await TestClient.connect(url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    for (let i = 0; i < PHONES; i++) {
      phones.push((await joinAsParticipant(url, room.code, `Deelnemer ${i}`)).client);
    }
    await facilitator.send({ type: 'session.start' });
    expect((await facilitator.send({ type: 'block.goto', blockId: 'eerste-stap' })).ok).toBe(true);
  }, 60_000);
  afterAll(async () => {
    for (const client of [facilitator, ...phones]) client.close();
    await app.close();
    data.remove();
  });

  const vote = (phone: TestClient, optionId: string, id: string): Promise<CommandAck> =>
    phone.send(
      { type: 'answer', blockId: 'eerste-stap', answer: { kind: 'poll', optionIds: [optionId] } },
      id,
    );
  const pollAnswers = async () =>
    (await readStoredLog({ dataDir: data.dir }, room.roomId)).filter(
      (event) => event.type === 'answer_submitted' && event.blockId === 'eerste-stap',
    );

  it('answers a failed write with a storage error to every vote of the batch and keeps nothing', async () => {
    store.failing = true;
    const ids = phones.map(() => newCommandId());
    const acks = await Promise.all(phones.map((phone, i) => vote(phone, 'regels', ids[i]!)));
    store.failing = false;
    for (const ack of acks) {
      expect(ack).toMatchObject({ ok: false, error: { code: 'storage_error' } });
    }
    expect(await pollAnswers()).toHaveLength(0);
  });

  it('writes a burst of votes in a few appends, each vote once with its own seq', async () => {
    const before = store.appends;
    const ids = phones.map(() => newCommandId());
    const acks = await Promise.all(phones.map((phone, i) => vote(phone, 'plan', ids[i]!)));
    const appends = store.appends - before;

    const seqs = acks.map((ack) => (ack.ok ? ack.seq : -1));
    expect(seqs.every((seq) => seq > 0)).toBe(true);
    expect(new Set(seqs).size).toBe(PHONES);
    expect(appends).toBeLessThan(PHONES / 2);

    // Retried after the burst, as a phone does when an ack was lost: nothing doubles.
    const retries = await Promise.all(phones.map((phone, i) => vote(phone, 'plan', ids[i]!)));
    expect(retries.map((ack) => (ack.ok ? ack.seq : -1))).toEqual(seqs);

    const written = await pollAnswers();
    expect(written).toHaveLength(PHONES);
    expect(written.map((event) => event.seq).sort((a, b) => a - b)).toEqual(
      [...seqs].sort((a, b) => a - b),
    );
  });

  it('still acknowledges a retry of a kept vote that shares a batch the disk refuses', async () => {
    const early = await joinAsParticipant(url, room.code, 'Vroeg');
    const late = await joinAsParticipant(url, room.code, 'Laat');
    phones.push(early.client, late.client);
    const answer = (optionId: string): Command => ({
      v: 1,
      id: newCommandId(),
      type: 'answer',
      blockId: 'eerste-stap',
      answer: { kind: 'poll', optionIds: [optionId] },
    });
    const kept = answer('buurt');
    const keptAck = await vote(early.client, 'buurt', kept.id);
    expect(keptAck.ok).toBe(true);

    // Handed to the room in one turn, as a burst's commands are, so they share one batch: the
    // lost ack's retry, and a new vote whose write fails.
    const authority = (await app.registry.get(room.roomId))!;
    store.failing = true;
    const [retry, fresh] = await Promise.all([
      authority.submit({ kind: 'participant', id: early.participantId }, kept),
      authority.submit({ kind: 'participant', id: late.participantId }, answer('plan')),
    ]);
    store.failing = false;

    // The retried vote is in the log: the phone is told so, not that saving failed. (The phone's
    // ack also carried its view; the room's own answer here is the bare acknowledgement.)
    expect(retry).toEqual({ ok: true, seq: keptAck.ok ? keptAck.seq : -1 });
    expect(fresh).toMatchObject({ ok: false, error: { code: 'storage_error' } });
    expect((await pollAnswers()).filter((event) => event.commandId === kept.id)).toHaveLength(1);
  });
});
