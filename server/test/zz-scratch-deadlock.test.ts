import { afterAll, beforeAll, describe, it } from 'vitest';
import { createPgPool } from '../src/store/pg/pg-connect.js';
import { ensureSchema } from '../src/store/pg/pg-schema.js';
import { PgRoomLeases } from '../src/store/pg/pg-room-leases.js';
import { PgEventStore } from '../src/store/pg/pg-event-store.js';
import { startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { created, joined } from './support/stores.js';

describe('scratch: own renewal vs own group commits', () => {
  let server: ThrowawayPostgres;
  beforeAll(async () => { server = await startPostgres(); }, 60_000);
  afterAll(() => server.remove());
  it('counts deadlocks', async () => {
    const url = await server.createDatabase();
    const pool = createPgPool(url);
    await ensureSchema(pool);
    const leases = await PgRoomLeases.start(pool);
    const store = new PgEventStore(pool, leases);
    const lost: string[] = [];
    leases.onLost((id, why) => lost.push(why));
    const ROOMS = 300;
    const ids = Array.from({ length: ROOMS }, (_, i) => `r_${i.toString(16).padStart(16, '0')}`);
    for (const [i, id] of ids.entries()) {
      await leases.take(id);
      await store.append(id, [created(id, `C${String(i).padStart(5, '0')}`)]);
    }
    const seq = new Map(ids.map((id) => [id, 2]));
    const errors = new Map<string, number>();
    let ok = 0;
    const until = Date.now() + 15_000;
    await Promise.all(ids.map(async (id) => {
      while (Date.now() < until) {
        const s = seq.get(id)!;
        try { await store.append(id, [joined(s, `p${s}`)]); seq.set(id, s + 1); ok++; }
        catch (e) { const m = (e as Error).message.slice(0, 60); errors.set(m, (errors.get(m) ?? 0) + 1); }
      }
    }));
    console.log({ ok, errors: [...errors], lost: lost.slice(0, 3), lostCount: lost.length });
    await store.close();
    await leases.close(false);
    await pool.end();
  }, 60_000);
});
