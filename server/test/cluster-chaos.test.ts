import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CommandAck, RoomEvent, RoomSummary } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { readStoredLog, type LogHome } from './support/stored-log.js';
import { freePort, startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { startNginx, type RunningNginx } from '../dev/nginx.js';
import { newCommandId, TestClient } from './support/client.js';
import { tempDataDir } from './support/server.js';
import { spawnServer } from './support/process.js';
import { RetryingPhone } from './support/retrying-phone.js';
import { fuzzSeed, Rng } from './support/fuzz-random.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const ROOMS = 4;
const PHONES_PER_ROOM = 8;
const POLL = 'eerste-stap';
const OPTIONS = ['regels', 'plan', 'buurt'] as const;
/** How long the phones keep voting while nodes and the database are knocked over. */
const CHAOS_MS = 24_000;

interface Sent {
  phone: RetryingPhone;
  roomId: string;
  commandId: string;
  optionId: string;
}

/**
 * Three nodes behind nginx, four rooms with phones voting all the time, and at seeded random
 * moments a node killed with SIGKILL (and started again on its port), the database stopped as
 * a crash would and started again, or both at once (the node started again while the database
 * is still down). Afterwards every room's log is held against what the
 * phones were told: each acknowledged vote exactly once at the seq its ack named, nothing
 * refused in the log, and each phone's last acknowledged choice is the room's.
 * `FUZZ_SEED=<n>` replays another schedule.
 */
describe('three nodes, four rooms, nodes and the database knocked over at random', () => {
  const data = tempDataDir();
  const children = new Map<number, ChildProcess>();
  const outputs = new Map<number, () => string>();
  const phones: RetryingPhone[] = [];
  let database: ThrowawayPostgres;
  let home: LogHome;
  let proxy: RunningNginx;
  let ports: number[];

  const spawn = async (port: number) => {
    const node = await spawnServer(data.dir, {
      port,
      scenariosDir: SHIPPED,
      databaseUrl: home.databaseUrl!,
      env: { SAMENSPEL_TRUST_PROXY: '1' },
    });
    children.set(port, node.child);
    outputs.set(port, node.output);
    return node;
  };

  beforeAll(async () => {
    database = await startPostgres();
    home = { dataDir: data.dir, databaseUrl: await database.createDatabase() };
    ports = [await freePort(), await freePort(), await freePort()];
    await Promise.all(ports.map((port) => spawn(port)));
    proxy = await startNginx(ports);
  }, 60_000);

  afterAll(async () => {
    for (const phone of phones) phone.close();
    for (const child of children.values()) if (child.exitCode === null) child.kill('SIGKILL');
    await proxy?.stop();
    await database?.remove();
    data.remove();
  });

  it('keeps every room’s log equal to what its phones were told', async () => {
    // One generator for the schedule and one per phone: the phones' timing does not shift the
    // schedule, so a seed brings the same knocks back.
    const rng = new Rng(fuzzSeed());
    const entry = proxy.url;
    const token = await login(entry);
    const rooms: RoomSummary[] = [];
    for (let i = 0; i < ROOMS; i++) rooms.push(await createRoom(entry, token, 'demo'));
    for (const room of rooms) {
      const facilitator = await TestClient.connect(entry, {
        v: 1,
        role: 'facilitator',
        roomId: room.roomId,
        key: room.facilitatorKey,
      });
      expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
      expect(await facilitator.send({ type: 'block.goto', blockId: POLL })).toMatchObject({
        ok: true,
      });
      facilitator.close();
    }
    const roomOf = new Map<RetryingPhone, string>();
    await Promise.all(
      rooms.flatMap((room, r) =>
        Array.from({ length: PHONES_PER_ROOM }, async (_, i) => {
          const phone = new RetryingPhone(entry, room.code);
          phones.push(phone);
          roomOf.set(phone, room.roomId);
          await phone.join(`Deelnemer ${r + 1}.${i + 1}`);
        }),
      ),
    );

    // The phones vote, each every 0.3–0.9 s, while the schedule knocks things over.
    const sent: Sent[] = [];
    const outcomes: Array<Promise<CommandAck>> = [];
    let voting = true;
    const voters = phones.map(async (phone, p) => {
      const own = new Rng(fuzzSeed() + p + 1);
      while (voting) {
        await new Promise((resolve) => setTimeout(resolve, own.int(300, 900)));
        if (!voting) break;
        const optionId = own.pick(OPTIONS);
        const commandId = newCommandId();
        sent.push({ phone, roomId: roomOf.get(phone)!, commandId, optionId });
        const outcome = phone.send(
          { type: 'answer', blockId: POLL, answer: { kind: 'poll', optionIds: [optionId] } },
          commandId,
        );
        outcomes.push(outcome);
        // A phone does not tap again before its last vote was answered, as a person waits.
        await outcome;
      }
    });
    const startedAt = Date.now();
    const schedule: string[] = [];
    const until = Date.now() + CHAOS_MS;
    let databaseRestarted = false;
    let bothKnocked = false;
    const at = () => `${Math.round((Date.now() - startedAt) / 1000)} s`;
    const kill = async (port: number) => {
      const child = children.get(port)!;
      // A node that went down by itself is a finding, not part of the schedule.
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `node :${port} stopped by itself (${child.exitCode ?? child.signalCode}):\n` +
            outputs.get(port)!().slice(-2000),
        );
      }
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    };
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, rng.int(2_500, 4_500)));
      const knock = rng.next();
      if (!databaseRestarted && knock < 0.2) {
        databaseRestarted = true;
        schedule.push(`database restarted at ${at()}`);
        await database.stopNow();
        await new Promise((resolve) => setTimeout(resolve, rng.int(500, 2_500)));
        await database.start();
        continue;
      }
      const port = rng.pick(ports);
      if (!bothKnocked && knock < 0.4) {
        // A node dies while the database is down, and is started again before it is back.
        bothKnocked = true;
        schedule.push(`database down and node :${port} killed and restarted meanwhile at ${at()}`);
        await database.stopNow();
        await kill(port);
        const restarted = spawn(port);
        await new Promise((resolve) => setTimeout(resolve, rng.int(1_000, 3_000)));
        await database.start();
        await restarted;
        continue;
      }
      schedule.push(`node :${port} killed at ${at()}`);
      await kill(port);
      await new Promise((resolve) => setTimeout(resolve, rng.int(200, 2_000)));
      await spawn(port);
    }
    voting = false;
    const settled = await Promise.race([
      Promise.all(voters).then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 90_000)),
    ]);
    if (!settled) {
      const stuck = phones.filter((phone) => phone.unacknowledged > 0);
      for (const phone of stuck) {
        console.log(
          `stuck: ${phone.participantId} in ${roomOf.get(phone)}, connected ${phone.connected}, ` +
            `refusals ${phone.refusals.slice(-5).join(' ')}`,
        );
      }
    }
    for (const [port, child] of children) {
      expect(child.exitCode, `node :${port}: ${outputs.get(port)!().slice(-2000)}`).toBeNull();
    }
    expect(settled, `every vote answered (schedule: ${schedule.join(', ')})`).toBe(true);
    const acks = await Promise.all(outcomes);
    console.log(
      `seed ${fuzzSeed()}: ${schedule.join(', ')}; ${sent.length} votes sent, all answered ` +
        `${Math.round((Date.now() - startedAt) / 1000)} s after the first`,
    );
    expect(schedule.length).toBeGreaterThanOrEqual(4);

    // Most votes went through; the refused ones were refused for a passing reason.
    const ok = acks.filter((ack) => ack.ok).length;
    expect(ok).toBeGreaterThan(sent.length / 2);
    for (const ack of acks) {
      if (!ack.ok) expect(['storage_error', 'internal_error']).toContain(ack.error.code);
    }

    const lastChoice = new Map<RetryingPhone, string>();
    for (const room of rooms) {
      const log = await readStoredLog(home, room.roomId);
      // One unbroken line of seqs, whatever happened to the nodes writing it.
      expect(log.map((event) => event.seq)).toEqual(log.map((_, i) => i + 1));
      const answers = log.filter(
        (event): event is Extract<RoomEvent, { type: 'answer_submitted' }> =>
          event.type === 'answer_submitted',
      );
      const byCommand = new Map<string, Array<(typeof answers)[number]>>();
      for (const answer of answers) {
        const same = byCommand.get(answer.commandId!) ?? [];
        same.push(answer);
        byCommand.set(answer.commandId!, same);
      }
      for (const [index, vote] of sent.entries()) {
        if (vote.roomId !== room.roomId) continue;
        const written = byCommand.get(vote.commandId) ?? [];
        const ack = acks[index]!;
        // A refused vote is not in the log (one whose COMMIT's fate is unknown is not answered
        // at all, and its phone asks again); an acknowledged one is there once, at the seq its
        // ack named, as that phone's choice (or was the choice it already had).
        expect(written.length, vote.commandId).toBeLessThanOrEqual(1);
        if (!ack.ok) {
          expect(written, `${vote.commandId} refused (${ack.error.code}) but written`).toEqual([]);
          continue;
        }
        lastChoice.set(vote.phone, vote.optionId);
        if (written.length === 0) {
          // The same choice again changes nothing and writes nothing: its ack says so by
          // naming a seq at which this phone's last written choice is already this one.
          const before = answers.filter(
            (answer) => answer.participantId === vote.phone.participantId && answer.seq <= ack.seq,
          );
          expect(before.at(-1)?.answer, vote.commandId).toEqual({
            kind: 'poll',
            optionIds: [vote.optionId],
          });
          continue;
        }
        expect(written[0]!.seq).toBe(ack.seq);
        expect(written[0]!.actor).toEqual({ kind: 'participant', id: vote.phone.participantId });
        expect(written[0]!.answer).toEqual({ kind: 'poll', optionIds: [vote.optionId] });
      }
      expect(answers.length).toBeLessThanOrEqual(
        sent.filter((v) => v.roomId === room.roomId).length,
      );
    }
    // Each phone ends up shown its last acknowledged choice (a later refused one aside).
    for (const [phone, optionId] of lastChoice) {
      const lastSent = [...sent].reverse().find((vote) => vote.phone === phone)!;
      const lastAck = acks[sent.indexOf(lastSent)]!;
      if (!lastAck.ok) continue;
      await vi.waitFor(
        () => expect(phone.view?.mine?.answer).toEqual({ kind: 'poll', optionIds: [optionId] }),
        { timeout: 15_000, interval: 50 },
      );
    }
  }, 300_000);
});
