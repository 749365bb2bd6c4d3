import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import {
  MESSAGE_EVENT,
  PASSING_REFUSALS,
  roomHintQuery,
  type CommandAck,
  type FacilitatorView,
  type Handshake,
  type PresenterView,
  type RoomEvent,
  type RoomSummary,
  type ServerMessage,
} from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import { readStoredLog, type LogHome } from './support/stored-log.js';
import { freePort, startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { startNginx, type RunningNginx } from '../dev/nginx.js';
import { newCommandId, TestClient } from './support/client.js';
import { tempDataDir } from './support/server.js';
import { spawnServer } from './support/process.js';
import { RetryingPhone } from './support/retrying-phone.js';
import { isFacilitator } from './support/views.js';
import { leaseHolder } from './support/leases.js';
import { LEASE_TTL_MS } from '../src/store/pg/pg-room-leases.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const VOTERS = 200;
/** The server dies once this many votes have been acknowledged (more may be on the wire). */
const KILL_AFTER_ACKS = 25;
/** Between one phone's vote and the next: 200 votes in about 1.4 s. */
const BURST_SPACING_MS = 7;
const OPTIONS = ['regels', 'plan', 'buurt'] as const;
const POLL = 'eerste-stap';
/** Every fourth phone changes its mind straight after voting, in the same burst. */
const changesMind = (i: number) => i % 4 === 0;

interface Sent {
  phone: RetryingPhone;
  commandId: string;
  optionId: string;
}

/**
 * The server is killed with SIGKILL in the middle of 200 phones voting at once, with the
 * production durability (SAMENSPEL_SQLITE_SYNC=full, or PostgreSQL with synchronous commits), and
 * started again on the same store and port. The phones reconnect with their tokens and send every unacknowledged vote
 * again with the same command id, as the real client does.
 */
describe.each([
  { setUp: 'SQLite, restarted', postgres: false, failover: false },
  { setUp: 'PostgreSQL, restarted', postgres: true, failover: false },
  { setUp: 'PostgreSQL, three nodes behind nginx', postgres: true, failover: true },
])('crash in the middle of a vote burst ($setUp)', ({ postgres, failover }) => {
  const data = tempDataDir();
  const children: ChildProcess[] = [];
  const phones: RetryingPhone[] = [];
  const consoles: TestClient[] = [];
  const screens: Array<{ close(): void }> = [];
  let database: ThrowawayPostgres | null = null;
  let proxy: RunningNginx | null = null;
  let home: LogHome = { dataDir: data.dir };
  beforeAll(async () => {
    if (!postgres) return;
    database = await startPostgres();
    home = { dataDir: data.dir, databaseUrl: await database.createDatabase() };
  }, 60_000);
  afterAll(async () => {
    for (const phone of phones) phone.close();
    for (const client of consoles) client.close();
    for (const screen of screens) screen.close();
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    data.remove();
    await proxy?.stop();
    await database?.remove();
  });
  const spawn = (port?: number) =>
    spawnServer(data.dir, {
      scenariosDir: SHIPPED,
      ...(port === undefined ? {} : { port }),
      ...(home.databaseUrl ? { databaseUrl: home.databaseUrl } : {}),
      // Behind the proxy every phone comes from 127.0.0.1: its X-Forwarded-For tells them apart.
      ...(failover ? { env: { SAMENSPEL_TRUST_PROXY: '1' } } : {}),
    });

  /**
   * One node; for the failover three (each its own port, on one database) and nginx on the
   * shipped example before them. Returns the nodes and the address phones use.
   */
  async function startNodes() {
    if (!failover) {
      const first = await spawn();
      children.push(first.child);
      return { nodes: [first], entry: first.url };
    }
    const ports = [await freePort(), await freePort(), await freePort()];
    const nodes = await Promise.all(ports.map((port) => spawn(port)));
    for (const node of nodes) children.push(node.child);
    proxy = await startNginx(ports);
    return { nodes, entry: proxy.url };
  }

  it('keeps every acknowledged vote once, takes every retry once, and resumes the timers', async () => {
    const { nodes, entry } = await startNodes();
    const token = await login(entry);
    const room = await createRoom(entry, token, 'demo');
    // The node that runs the room dies (on a cluster the one holding its lease).
    const first = failover ? await runningNode(nodes, room.roomId) : nodes[0]!;
    const facilitator = await connectConsole(entry, room);
    // The projector stays on through it all and must follow by itself, as the real one does.
    const projector = followPresenter(entry, room);
    screens.push(projector);

    // A vote on screen with a running timer, and 200 phones in the room.
    let acksSoFar = 0;
    let killed = false;
    const onAck = (_id: string, ack: CommandAck) => {
      if (!ack.ok || killed) return;
      acksSoFar++;
      if (acksSoFar >= KILL_AFTER_ACKS) {
        // Synchronously, from inside the burst: the process dies mid-flight.
        killed = true;
        first.child.kill('SIGKILL');
      }
    };
    for (let batch = 0; batch < VOTERS; batch += 25) {
      const joined = Array.from({ length: Math.min(25, VOTERS - batch) }, (_, k) => {
        const phone = new RetryingPhone(entry, room.code);
        phones.push(phone);
        return phone.join(`Deelnemer ${batch + k + 1}`);
      });
      await Promise.all(joined);
    }
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'block.goto', blockId: POLL })).toMatchObject({
      ok: true,
    });
    expect(await facilitator.send({ type: 'timer.start' })).toMatchObject({ ok: true });
    // Long enough that it is still running when the phones are back, even on a slow machine.
    expect(await facilitator.send({ type: 'timer.extend', byMs: 4 * 60_000 })).toMatchObject({
      ok: true,
    });
    const before = await facilitator.waitFor(
      (v): v is FacilitatorView =>
        isFacilitator(v) && v.timer?.status === 'running' && v.timer.durationMs > 60_000,
    );
    const endsAt = runningEndsAt(before);

    // A second room whose deadline falls while the server is down.
    const shortRoom = await createRoom(entry, token, 'demo');
    const shortConsole = await connectConsole(entry, shortRoom);
    await shortConsole.send({ type: 'block.goto', blockId: POLL });
    await shortConsole.send({ type: 'timer.start' });
    await shortConsole.send({ type: 'timer.extend', byMs: -52_000 });
    const shortEndsAt = runningEndsAt(
      await shortConsole.waitFor(
        (v): v is FacilitatorView =>
          isFacilitator(v) && v.timer?.status === 'running' && v.timer.durationMs < 60_000,
      ),
    );
    for (const phone of phones) phone.setOnAck(onAck);

    // The burst: 200 thumbs within about a second and a half; some change their mind straight
    // away. Spread a little, as taps are, so that the kill falls inside it even when the server
    // commits a whole batch of votes at once.
    const sent: Sent[] = [];
    const vote = (phone: RetryingPhone, optionId: string) => {
      const commandId = newCommandId();
      sent.push({ phone, commandId, optionId });
      void phone.send(pollAnswer(optionId), commandId);
    };
    const allIssued = Promise.all(
      phones.map(
        (phone, i) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              vote(phone, OPTIONS[i % 3]!);
              if (changesMind(i)) vote(phone, OPTIONS[(i + 1) % 3]!);
              resolve();
            }, i * BURST_SPACING_MS),
          ),
      ),
    );

    await vi.waitFor(() => expect(killed).toBe(true), { timeout: 30_000, interval: 20 });
    await new Promise<void>((resolve) =>
      first.child.exitCode !== null || first.child.signalCode !== null
        ? resolve()
        : first.child.once('exit', () => resolve()),
    );
    const killedAt = Date.now();
    // Votes tapped after the crash wait on the phone, as the real client's queue keeps them.
    await allIssued;
    // Restarted by hand, the phones wait; on a cluster another node takes the room up by itself,
    // and they may be back before anyone looks.
    if (!failover) {
      await vi.waitFor(() => expect(phones.filter((p) => p.connected)).toHaveLength(0), {
        timeout: 30_000,
        interval: 50,
      });
    }
    facilitator.close();
    shortConsole.close();
    // What the phones had in hand when the server died: acknowledged means committed.
    const ackedBeforeCrash = new Map<string, CommandAck>();
    for (const { phone, commandId } of sent) {
      const ack = phone.acks.get(commandId);
      if (ack) ackedBeforeCrash.set(commandId, ack);
    }
    expect(ackedBeforeCrash.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    // The crash really fell in the middle: some votes were still unacknowledged.
    expect(ackedBeforeCrash.size).toBeLessThan(sent.length);
    expect(killedAt, 'the short timer ran out before the crash').toBeLessThan(shortEndsAt);
    let second: { url: string };
    if (failover) {
      // Another node takes the room up once its lease has run out (LEASE_TTL_MS after the last
      // renewal), as a reconnecting phone asks for it or its orphan sweep finds it.
      const successor = await vi.waitFor(
        async () => {
          const holder = await leaseHolder(home.databaseUrl!, room.roomId);
          expect(holder).not.toBeNull();
          expect(holder).not.toBe(first.child.pid);
          return holder;
        },
        { timeout: 20_000, interval: 50 },
      );
      const tookOverAfterMs = Date.now() - killedAt;
      console.log(
        `room ${room.roomId} taken up by pid ${successor} ${tookOverAfterMs} ms after the kill`,
      );
      expect(tookOverAfterMs).toBeLessThan(LEASE_TTL_MS + 10_000);
      second = { url: entry };
    } else {
      // Down until the short room's deadline has passed.
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, shortEndsAt - Date.now()) + 300),
      );
      // Same store, same port: the phones find the server where they left it.
      const restarted = await spawn(first.port);
      children.push(restarted.child);
      second = restarted;
    }
    await vi.waitFor(
      () => expect(phones.reduce((n, phone) => n + phone.unacknowledged, 0)).toBe(0),
      { timeout: 60_000, interval: 100 },
    );

    // Every command, before or after the crash, was acknowledged as done.
    for (const { phone, commandId } of sent) {
      expect(phone.acks.get(commandId), commandId).toMatchObject({ ok: true });
    }
    // An ack can also be lost on the wire after the server committed: the phone sends that
    // vote again with its id. It gets the original ack, even after a later change of mind
    // (the view it carries is the phone's view now, so it is left out of the comparison).
    const bare = (ack: CommandAck) => (ack.ok ? { ok: true, seq: ack.seq } : ack);
    for (const { phone, commandId, optionId } of sent) {
      const ack = ackedBeforeCrash.get(commandId);
      if (ack) expect(bare(await phone.send(pollAnswer(optionId), commandId))).toEqual(bare(ack));
    }
    const token2 = await login(second.url);
    const log = await readStoredLog(home, room.roomId);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    const answers = log.filter(
      (e): e is Extract<RoomEvent, { type: 'answer_submitted' }> => e.type === 'answer_submitted',
    );
    // Exactly one event per vote: none lost, none doubled by a retry across the crash.
    expect(answers).toHaveLength(sent.length);
    for (const { phone, commandId, optionId } of sent) {
      const written = answers.filter((e) => e.commandId === commandId);
      expect(written, commandId).toHaveLength(1);
      expect(written[0]!.actor).toEqual({ kind: 'participant', id: phone.participantId });
      expect(written[0]!.answer).toEqual({ kind: 'poll', optionIds: [optionId] });
      // The retry got the original acknowledgement, not a new write: the same seq.
      const ack = phone.acks.get(commandId);
      expect(ack?.ok && ack.seq, commandId).toBe(written[0]!.seq);
    }
    for (const [commandId, ack] of ackedBeforeCrash) {
      expect(ack.ok && log.find((e) => e.commandId === commandId)?.seq).toBe(ack.ok && ack.seq);
    }

    // The facilitator counts every voter once, each with their last choice.
    const lastChoice = new Map(sent.map(({ phone, optionId }) => [phone, optionId]));
    const expected = Object.fromEntries(OPTIONS.map((id) => [id, 0]));
    for (const optionId of lastChoice.values()) expected[optionId]! += 1;
    const console2 = await connectConsole(second.url, room);
    const after = await console2.waitFor(
      (v): v is FacilitatorView =>
        isFacilitator(v) &&
        v.runs[POLL]?.answered === VOTERS &&
        v.participants.every((p) => p.presence === 'connected'),
      30_000,
    );
    expect(after.runs[POLL]?.results).toEqual({
      kind: 'poll',
      respondents: VOTERS,
      counts: expected,
    });
    // Each phone shows its own last choice, as the server holds it.
    for (const [phone, optionId] of lastChoice) {
      await vi.waitFor(
        () => expect(phone.view?.mine?.answer).toEqual({ kind: 'poll', optionIds: [optionId] }),
        { timeout: 10_000, interval: 20 },
      );
    }

    // The projector, never restarted, reconnected by itself and shows every vote and the timer.
    await vi.waitFor(() => expect(projector.view?.live?.answered).toBe(VOTERS), {
      timeout: 20_000,
      interval: 50,
    });
    expect(projector.connects).toBeGreaterThan(1);
    expect(projector.view?.timer).toEqual(after.timer);

    // The running timer resumed with the same deadline, so the same time left.
    expect(after.timer).toEqual(before.timer);
    expect(runningEndsAt(after)).toBe(endsAt);
    expect(log.filter((e) => e.type === 'timer_started')).toHaveLength(1);
    expect(log.some((e) => e.type === 'timer_expired')).toBe(false);

    // The deadline that passed while the server was down expired on restart, by itself (after
    // a failover it may fall after the takeover: the new writer's timer ends it).
    const expired = await vi.waitFor(
      async () => {
        const shortLog = (await readLog(second.url, token2, shortRoom.roomId)).events;
        const found = shortLog.filter((e) => e.type === 'timer_expired');
        expect(found).toHaveLength(1);
        return found;
      },
      { timeout: 15_000, interval: 200 },
    );
    expect(expired[0]).toMatchObject({ automatic: true, actor: { kind: 'system' } });
    expect(expired[0]!.at).toBeGreaterThanOrEqual(shortEndsAt);
  }, 180_000);

  async function runningNode<T extends { child: ChildProcess }>(nodes: T[], roomId: string) {
    const pid = await leaseHolder(home.databaseUrl!, roomId);
    const node = nodes.find((candidate) => candidate.child.pid === pid);
    if (!node) throw new Error(`no node holds room ${roomId}`);
    return node;
  }

  /** A presenter's socket that reconnects by itself, keeping the last view it was sent. */
  function followPresenter(url: string, room: RoomSummary) {
    const hello: Handshake = {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    };
    const socket = io(url, {
      auth: hello,
      query: roomHintQuery(hello),
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1000,
    });
    let view: PresenterView | null = null;
    let connects = 0;
    socket.on('connect', () => connects++);
    socket.on('connect_error', (error) => {
      if (!socket.active && PASSING_REFUSALS.has(error.message)) {
        setTimeout(() => socket.connect(), 300);
      }
    });
    socket.on(MESSAGE_EVENT, (message: ServerMessage) => {
      if (message.type === 'view' && message.view.role === 'presenter') view = message.view;
    });
    return {
      get view() {
        return view;
      },
      get connects() {
        return connects;
      },
      close: () => socket.close(),
    };
  }

  async function connectConsole(url: string, room: RoomSummary): Promise<TestClient> {
    const client = await TestClient.connect(url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: room.facilitatorKey,
    });
    consoles.push(client);
    return client;
  }
});

function pollAnswer(optionId: string) {
  return { type: 'answer', blockId: POLL, answer: { kind: 'poll', optionIds: [optionId] } };
}

function runningEndsAt(view: FacilitatorView): number {
  if (view.timer?.status !== 'running') throw new Error('no running timer');
  return view.timer.endsAt;
}
