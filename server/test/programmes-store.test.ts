import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteProgrammeStore } from '../src/store/sqlite-programme-store.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samenspel-programmes-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const draft = (title: string, savedAt: number) => ({
  scenario: { title },
  problems: [],
  note: '',
  savedAt,
});

describe('programme store', () => {
  it('keeps every save as a version, refuses a stale base and survives a restart', async () => {
    const dir = dataDir();
    const store = new SqliteProgrammeStore(dir);
    await store.create('p1', draft('Eerste', 1));
    const second = await store.save('p1', 1, draft('Tweede', 2));
    expect(second).toMatchObject({ meta: { version: 2 } });
    const stale = await store.save('p1', 1, draft('Derde', 3));
    expect(stale).toEqual({ conflict: true, latest: expect.objectContaining({ version: 2 }) });
    expect(await store.save('nope', 1, draft('X', 4))).toBeNull();
    await store.close();

    const reopened = new SqliteProgrammeStore(dir);
    expect((await reopened.versions('p1'))?.map((meta) => meta.version)).toEqual([2, 1]);
    expect((await reopened.version('p1'))?.scenario).toEqual({ title: 'Tweede' });
    await reopened.close();
  });
});
