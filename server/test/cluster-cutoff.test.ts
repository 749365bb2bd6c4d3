import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { leaseHolder } from './support/leases.js';
import type { RoomEvent } from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import { freePort, startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { startNginx, type RunningNginx } from '../dev/nginx.js';
import { tempDataDir } from './support/server.js';
import { spawnServer } from './support/process.js';
import { RetryingPhone } from './support/retrying-phone.js';
import { TestClient } from './support/client.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const PHONES = 20;
const POLL = 'eerste-stap';

/**
 * A TCP pass-through to PostgreSQL that can be broken, as the network between one node and
 * it: `cut` closes every connection (the node is told at once), `blackHole` keeps them open
 * but passes nothing more, new ones included (the node's queries just hang).
 */
async function cuttableLink(
  targetPort: number,
): Promise<{ port: number; cut(): void; blackHole(): void }> {
  const open = new Set<Socket>();
  const piped: Array<[Socket, Socket]> = [];
  let holed = false;
  const server: Server = createServer((incoming) => {
    open.add(incoming);
    if (holed) return;
    const outgoing = createConnection(targetPort, '127.0.0.1');
    piped.push([incoming, outgoing]);
    open.add(outgoing);
    incoming.pipe(outgoing).pipe(incoming);
    const drop = () => {
      incoming.destroy();
      outgoing.destroy();
    };
    incoming.on('error', drop).on('close', drop);
    outgoing.on('error', drop).on('close', drop);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    cut() {
      server.close();
      for (const socket of open) socket.destroy();
    },
    blackHole() {
      holed = true;
      for (const [incoming, outgoing] of piped) {
        incoming.unpipe(outgoing);
        outgoing.unpipe(incoming);
        incoming.pause();
        outgoing.pause();
      }
    },
  };
}

/**
 * Three nodes behind nginx, one of them reaching PostgreSQL through a link that is then cut:
 * that node keeps running and keeps its phones' sockets until it lets the room go, writes
 * nothing more, and the phones move on through the proxy to the node that takes the room up.
 */
describe.each([
  { how: 'its connections cut', breakLink: 'cut' as const },
  { how: 'its packets dropped', breakLink: 'blackHole' as const },
])('a node cut off from the database ($how)', ({ breakLink }) => {
  const data = tempDataDir();
  const children: ChildProcess[] = [];
  const phones: RetryingPhone[] = [];
  let database: ThrowawayPostgres;
  let databaseUrl: string;
  let proxy: RunningNginx;

  beforeAll(async () => {
    database = await startPostgres();
    databaseUrl = await database.createDatabase();
  }, 60_000);

  afterAll(async () => {
    for (const phone of phones) phone.close();
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await proxy?.stop();
    await database?.remove();
    data.remove();
  });

  it('stops writing to its room, and its phones vote on through another node', async () => {
    const link = await cuttableLink(database.port);
    const viaLink = databaseUrl.replace(`:${database.port}/`, `:${link.port}/`);
    const ports = [await freePort(), await freePort(), await freePort()];
    const nodes = await Promise.all(
      ports.map((port, i) =>
        spawnServer(data.dir, {
          port,
          scenariosDir: SHIPPED,
          databaseUrl: i === 0 ? viaLink : databaseUrl,
          env: { SAMENSPEL_TRUST_PROXY: '1' },
        }),
      ),
    );
    for (const node of nodes) children.push(node.child);
    proxy = await startNginx(ports);
    const cutOff = nodes[0]!;

    // The room is created on the node whose link will be cut, so that node runs it.
    const token = await login(cutOff.url);
    const room = await createRoom(cutOff.url, token, 'demo');
    expect(await leaseHolder(databaseUrl, room.roomId)).toBe(cutOff.child.pid);
    const facilitator = await TestClient.connect(proxy.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: room.facilitatorKey,
    });
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'block.goto', blockId: POLL })).toMatchObject({
      ok: true,
    });

    for (let i = 0; i < PHONES; i++) {
      const phone = new RetryingPhone(proxy.url, room.code);
      phones.push(phone);
    }
    await Promise.all(phones.map((phone, i) => phone.join(`Deelnemer ${i + 1}`)));
    const vote = (phone: RetryingPhone, optionId: string) =>
      phone.send({
        type: 'answer',
        blockId: POLL,
        answer: { kind: 'poll', optionIds: [optionId] },
      });
    for (const ack of await Promise.all(phones.map((phone) => vote(phone, 'regels')))) {
      expect(ack).toMatchObject({ ok: true });
    }

    link[breakLink]();
    const cutAt = Date.now();
    // Its phones are let go (it can no longer renew the room's lease), another node takes the
    // room up once that lease has run out, and every phone is back, through the proxy.
    const successor = await vi.waitFor(
      async () => {
        const pid = await leaseHolder(databaseUrl, room.roomId);
        expect(pid).not.toBeNull();
        expect(pid).not.toBe(cutOff.child.pid);
        return pid;
      },
      { timeout: 30_000, interval: 100 },
    );
    console.log(`room taken up by pid ${successor} ${Date.now() - cutAt} ms after the cut`);
    await vi.waitFor(() => expect(phones.every((phone) => phone.connected)).toBe(true), {
      timeout: 20_000,
      interval: 100,
    });
    // The cut-off node lives on (a supervisor would see it not ready), holding nothing.
    expect(cutOff.child.exitCode).toBeNull();

    // Every phone changes its mind, now on the node that runs the room.
    for (const ack of await Promise.all(phones.map((phone) => vote(phone, 'plan')))) {
      expect(ack).toMatchObject({ ok: true });
    }
    // Each phone shows its new choice, and the log holds both votes of each phone once, in one
    // unbroken line of seqs: the cut-off node wrote nothing beside the one that took over.
    for (const phone of phones) {
      expect(phone.view?.mine?.answer).toEqual({ kind: 'poll', optionIds: ['plan'] });
    }
    const log = (await readLog(proxy.url, token, room.roomId)).events as RoomEvent[];
    expect(log.map((event) => event.seq)).toEqual(log.map((_, i) => i + 1));
    const answers = log.filter((event) => event.type === 'answer_submitted');
    expect(answers).toHaveLength(2 * PHONES);
    facilitator.close();
  }, 90_000);
});
