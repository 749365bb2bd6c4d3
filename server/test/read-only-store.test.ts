import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { API, ReadyResponseSchema, type RoomSummary } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { kill9, spawnServer, type SpawnOptions } from './support/process.js';
import { startServer, tempDataDir } from './support/server.js';

/**
 * Makes the data directory read-only for the server alone. Root writes through any file mode,
 * so as root the server runs in a mount namespace of its own (unshare) where the directory is
 * bind-mounted read-only: writes fail with EROFS, as on a read-only disk, and the mount goes
 * with the process. Anyone else gets the directory and its files made read-only.
 */
function readOnly(dir: string): SpawnOptions['wrap'] {
  if (process.getuid?.() !== 0) {
    for (const name of readdirSync(dir)) chmodSync(path.join(dir, name), 0o400);
    chmodSync(dir, 0o500);
    return undefined;
  }
  return (command, args) => ({
    command: 'unshare',
    args: [
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && shift && exec "$@"',
      dir,
      'node-placeholder',
      command,
      ...args,
    ],
  });
}

/**
 * Whether a read-only mount can be made here: root in a container without the right to make
 * mount namespaces cannot, and then this suite is skipped rather than failed.
 */
function canMountReadOnly(): boolean {
  if (process.platform !== 'linux') return false;
  if (process.getuid?.() !== 0) return true;
  const probe = tempDataDir();
  const made = spawnSync(
    'unshare',
    [
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && ! touch "$0/x" 2>/dev/null',
      probe.dir,
    ],
    { stdio: 'ignore' },
  );
  probe.remove();
  return made.status === 0;
}

/** A store that cannot be written is said so at start-up and by the readiness route. */
describe.runIf(canMountReadOnly())('a read-only session log', () => {
  const crashed = tempDataDir();
  const stopped = tempDataDir();
  let server: Awaited<ReturnType<typeof spawnServer>>;
  let room: RoomSummary;

  beforeAll(async () => {
    // A server that died leaves the log's -wal and -shm behind, which lets SQLite read it
    // from a read-only disk (as after a crash the disk came back read-only).
    const first = await spawnServer(crashed.dir);
    room = await createRoom(first.url, await login(first.url));
    await kill9(first.child);
    server = await spawnServer(crashed.dir, { wrap: readOnly(crashed.dir) });
  }, 60_000);
  afterAll(async () => {
    if (server) await kill9(server.child);
    for (const data of [crashed, stopped]) {
      chmodSync(data.dir, 0o700);
      data.remove();
    }
  });

  it('makes start-up say so', () => {
    expect(server.output()).toContain(
      `Warning: the session log in ${crashed.dir} cannot be written (attempt to write a readonly database)`,
    );
  });

  it('answers not ready, while the process is alive', async () => {
    const ready = await fetch(server.url + API.ready);
    expect(ready.status).toBe(503);
    expect(ReadyResponseSchema.parse(await ready.json())).toEqual({
      ready: false,
      store: 'unwritable',
      node: 'serving',
    });
    expect(await (await fetch(server.url + API.health)).json()).toEqual({ ok: true });
  });

  it('still lists the sessions it has, and refuses a new room without acknowledging it', async () => {
    const token = await login(server.url);
    const auth = { authorization: `Bearer ${token}` };
    const rooms = (await (
      await fetch(server.url + API.rooms, { headers: auth })
    ).json()) as RoomSummary[];
    expect(rooms.map((r) => r.roomId)).toEqual([room.roomId]);
    await expect(createRoom(server.url, token)).rejects.toThrow('create room failed: 500');
    const after = (await (
      await fetch(server.url + API.rooms, { headers: auth })
    ).json()) as RoomSummary[];
    expect(after).toHaveLength(1);
  });

  it('stops start-up with a clear message when the log cannot even be opened', async () => {
    // Stopped cleanly, the log has no -wal or -shm, and SQLite needs to create them to read it.
    const writable = await startServer({ dataDir: stopped.dir });
    await createRoom(writable.url, await login(writable.url));
    await writable.stop();
    const refused = await spawnServer(stopped.dir, { wrap: readOnly(stopped.dir) }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/server exited with 1/);
    expect(refused).toContain(
      `Samenspel cannot start: the session log in ${stopped.dir} cannot be opened`,
    );
    expect(refused).toMatch(/the directory cannot be written \((EROFS|EACCES)\)/);
  });
});
