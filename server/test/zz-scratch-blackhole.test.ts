import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { createConnection, createServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ROOM_HINT_PARAM } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { freePort, startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { tempDataDir } from './support/server.js';
import { spawnServer } from './support/process.js';
import { TestClient } from './support/client.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));

/** A pass-through that can go silent: packets dropped, nothing closed (a black-holed route). */
async function freezableLink(targetPort: number) {
  let frozen = false;
  const pairs: Array<[Socket, Socket]> = [];
  const server = createServer((incoming) => {
    incoming.on('error', () => undefined);
    if (frozen) return; // accepted, never answered
    const outgoing = createConnection(targetPort, '127.0.0.1');
    outgoing.on('error', () => undefined);
    pairs.push([incoming, outgoing]);
    incoming.on('data', (d) => { if (!frozen) outgoing.write(d); });
    outgoing.on('data', (d) => { if (!frozen) incoming.write(d); });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { port, freeze() { frozen = true; } };
}

describe('scratch: node black-holed from the database', () => {
  const data = tempDataDir();
  const children: ChildProcess[] = [];
  let database: ThrowawayPostgres;
  let databaseUrl: string;
  beforeAll(async () => {
    database = await startPostgres();
    databaseUrl = await database.createDatabase();
  }, 60_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await database?.remove();
    data.remove();
  });

  it('keeps its room how long after another node took it', async () => {
    const link = await freezableLink(database.port);
    const viaLink = databaseUrl.replace(`:${database.port}/`, `:${link.port}/`);
    const a = await spawnServer(data.dir, { port: await freePort(), scenariosDir: SHIPPED, databaseUrl: viaLink });
    const b = await spawnServer(data.dir, { port: await freePort(), scenariosDir: SHIPPED, databaseUrl });
    children.push(a.child, b.child);
    const token = await login(a.url);
    const room = await createRoom(a.url, token, 'demo');
    const fac = await TestClient.connect(a.url, { v: 1, role: 'facilitator', roomId: room.roomId, key: room.facilitatorKey });
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const holder = async () =>
      (await db.query('SELECT node_id FROM room_leases WHERE room_id=$1 AND expires_at > clock_timestamp()', [room.roomId])).rows[0]?.node_id as string | undefined;
    const aNode = await holder();
    link.freeze();
    const t0 = Date.now();
    let bHeldAt: number | null = null;
    let facDropAt: number | null = null;
    let a503At: number | null = null;
    // B is asked for the room (as a phone through the proxy would), so it takes it up once free.
    for (let i = 0; i < 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const t = Date.now() - t0;
      await fetch(`${b.url}/socket.io/?EIO=4&transport=polling&${ROOM_HINT_PARAM}=${room.code}`).catch(() => undefined);
      const h = await holder();
      if (bHeldAt === null && h && h !== aNode) bHeldAt = t;
      if (facDropAt === null && !fac.socket.connected) facDropAt = t;
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), 200);
      const st = await fetch(`${a.url}/socket.io/?EIO=4&transport=polling&${ROOM_HINT_PARAM}=${room.code}`, { signal: ctl.signal })
        .then((r) => r.status).catch(() => 0);
      clearTimeout(timer);
      if (a503At === null && st !== 200) a503At = t;
      if (bHeldAt !== null && facDropAt !== null && a503At !== null) break;
    }
    console.log({ bHeldAt, facDropAt, a503At });
    fac.close();
    await db.end();
  }, 90_000);
});
