import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { API, ReadyResponseSchema } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { StartupError } from '../src/startup-error.js';
import { createRoom, login } from './support/http.js';
import { kill9, spawnServer } from './support/process.js';
import { tempDataDir, testConfig } from './support/server.js';

const modeOf = (file: string) => statSync(file).mode & 0o777;
const DB_FILES = ['samenspel.sqlite', 'samenspel.sqlite-wal', 'samenspel.sqlite-shm'];

/** The data directory holds every session and the key that signs every link: the owner's alone. */
describe('the data directory', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function start(dir: string): Promise<{ app: SamenspelApp; url: string }> {
    const app = await buildApp(testConfig(dir));
    cleanup.push(() => app.close());
    return { app, url: (await app.listen()).url };
  }
  function temp(): string {
    const data = tempDataDir();
    cleanup.push(data.remove);
    return data.dir;
  }

  it('is created 0700, with the log, its WAL and SHM, the key and the lock 0600', async () => {
    const dir = path.join(temp(), 'nieuw', 'data');
    const { url } = await start(dir);
    await createRoom(url, await login(url));
    expect(modeOf(dir)).toBe(0o700);
    for (const name of [...DB_FILES, 'signing.key', 'samenspel.lock']) {
      expect(modeOf(path.join(dir, name)), name).toBe(0o600);
    }
  });

  it('is tightened on start when it was made looser before', async () => {
    const dir = temp();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'signing.key'), 'ab'.repeat(32), { mode: 0o644 });
    writeFileSync(path.join(dir, 'passphrase.txt'), 'oud-wachtwoord\n', { mode: 0o644 });
    writeFileSync(path.join(dir, 'samenspel.sqlite'), '', { mode: 0o644 });
    chmodSync(path.join(dir, 'signing.key'), 0o644); // whatever the umask made of it
    chmodSync(path.join(dir, 'samenspel.sqlite'), 0o664);
    const { app, url } = await start(dir);
    await createRoom(url, await login(url));
    expect(app.startupWarnings).toEqual([]);
    expect(modeOf(dir)).toBe(0o700);
    for (const name of [...DB_FILES, 'signing.key', 'passphrase.txt']) {
      expect(modeOf(path.join(dir, name)), name).toBe(0o600);
    }
  });

  it('serves one server at a time: a second on the same directory refuses to start', async () => {
    const dir = temp();
    const first = await start(dir);
    const second = buildApp(testConfig(dir));
    await expect(second).rejects.toThrow(StartupError);
    await expect(second).rejects.toThrow(
      `another Samenspel server is already running on the data directory ${dir}`,
    );
    // The first one goes on as if nothing happened.
    await createRoom(first.url, await login(first.url));
    await first.app.close();
    cleanup.pop();
    const third = await start(dir);
    expect(
      (
        await fetch(third.url + API.rooms, {
          headers: { authorization: `Bearer ${await login(third.url)}` },
        })
      ).status,
    ).toBe(200);
  });

  it('is ready when the log can be written', async () => {
    const { url } = await start(temp());
    const ready = await fetch(url + API.ready);
    expect(ready.status).toBe(200);
    expect(ReadyResponseSchema.parse(await ready.json())).toEqual({
      ready: true,
      store: 'writable',
      node: 'serving',
    });
    expect(await (await fetch(url + API.health)).json()).toEqual({ ok: true });
  });
});

/** The lock is the operating system's: held across processes, dropped when one dies. */
describe('two server processes on one data directory', () => {
  it('refuses the second with a clear message, lets the log be backed up, and frees it on kill -9', async () => {
    const data = tempDataDir();
    const first = await spawnServer(data.dir);
    try {
      await createRoom(first.url, await login(first.url));
      const refused = await spawnServer(data.dir).then(
        () => 'started',
        (error: Error) => error.message,
      );
      expect(refused).toMatch(/server exited with 1/);
      expect(refused).toContain(
        `Samenspel cannot start: another Samenspel server is already running on the data directory ${data.dir}`,
      );
      if (spawnSync('sqlite3', ['-version']).status === 0) {
        const copy = path.join(data.dir, 'backup.sqlite');
        execFileSync('sqlite3', [path.join(data.dir, 'samenspel.sqlite'), `.backup ${copy}`]);
        expect(
          execFileSync('sqlite3', [copy, 'SELECT count(*) FROM rooms']).toString().trim(),
        ).toBe('1');
      }
    } finally {
      await kill9(first.child);
    }
    const again = await spawnServer(data.dir);
    try {
      const token = await login(again.url);
      const rooms = await fetch(again.url + API.rooms, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(((await rooms.json()) as unknown[]).length).toBe(1);
    } finally {
      await kill9(again.child);
      data.remove();
    }
  }, 60_000);
});
