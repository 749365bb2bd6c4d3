import type { RoomEvent } from '@samenspel/shared';
import type pg from 'pg';
import type { EventStore } from '../../src/store/event-store.js';
import type { NotesStore } from '../../src/store/notes-store.js';
import type { ProgrammeStore } from '../../src/store/programme-store.js';
import { SqliteEventStore } from '../../src/store/sqlite-store.js';
import { SqliteProgrammeStore } from '../../src/store/sqlite-programme-store.js';
import { SqliteNotesStore } from '../../src/store/notes-store.js';
import { createPgPool } from '../../src/store/pg/pg-connect.js';
import { ensureSchema } from '../../src/store/pg/pg-schema.js';
import { PgRoomLeases } from '../../src/store/pg/pg-room-leases.js';
import { PgEventStore } from '../../src/store/pg/pg-event-store.js';
import { PgProgrammeStore } from '../../src/store/pg/pg-programme-store.js';
import { PgNotesStore } from '../../src/store/pg/pg-notes-store.js';
import { SqliteSelfTestStore, type SelfTestStore } from '../../src/store/self-test-store.js';
import { PgSelfTestStore } from '../../src/store/pg/pg-self-test-store.js';
import { tempDataDir } from './server.js';
import { startPostgres, type ThrowawayPostgres } from '../../dev/throwaway-postgres.js';

/** One place where the stores keep their data; `open` may be called again after `close`. */
export interface StoreHome {
  open(): Promise<{
    events: EventStore;
    programmes: ProgrammeStore;
    notes: NotesStore;
    selfTests: SelfTestStore;
    close(): Promise<void>;
  }>;
  remove(): Promise<void>;
}

export interface StoreKind {
  name: string;
  /** Starts what the kind needs (a PostgreSQL server), once per test file. */
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  home(): Promise<StoreHome>;
}

export function sqliteKind(): StoreKind {
  return {
    name: 'SQLite',
    async setUp() {},
    async tearDown() {},
    async home() {
      const dir = tempDataDir();
      return {
        async open() {
          const events = new SqliteEventStore(dir.dir, 'full');
          const programmes = new SqliteProgrammeStore(dir.dir);
          const notes = new SqliteNotesStore(dir.dir);
          const selfTests = new SqliteSelfTestStore(dir.dir);
          return {
            events,
            programmes,
            notes,
            selfTests,
            async close() {
              await events.close();
              await programmes.close();
              await notes.close();
              await selfTests.close();
            },
          };
        },
        async remove() {
          dir.remove();
        },
      };
    },
  };
}

export function postgresKind(): StoreKind & { server(): ThrowawayPostgres } {
  let server: ThrowawayPostgres | null = null;
  return {
    name: 'PostgreSQL',
    server: () => server!,
    async setUp() {
      server = await startPostgres();
    },
    async tearDown() {
      await server?.remove();
    },
    async home() {
      const url = await server!.createDatabase();
      return {
        async open() {
          const pool: pg.Pool = createPgPool(url);
          await ensureSchema(pool);
          const leases = await PgRoomLeases.start(pool);
          const store = new PgEventStore(pool, leases);
          // A node appends only to rooms it holds, as the registry takes them before it loads
          // or creates one; the store's contract is the same for the rooms it holds.
          const events = storeWith(store, {
            async append(roomId, appended) {
              await leases.take(roomId);
              return store.append(roomId, appended);
            },
          });
          return {
            events,
            programmes: new PgProgrammeStore(pool),
            notes: new PgNotesStore(pool),
            selfTests: new PgSelfTestStore(pool),
            async close() {
              await store.close();
              await leases.close(false);
              await pool.end();
            },
          };
        },
        async remove() {},
      };
    },
  };
}

export const miniScenario = {
  id: 'mini',
  title: 'Mini',
  language: 'nl' as const,
  minutes: 1,
  blocks: [{ id: 'a', title: 'A', kind: 'info' as const, minutes: 1 }],
};

export function created(roomId: string, code: string, at = 1000): RoomEvent {
  return {
    seq: 1,
    at,
    actor: { kind: 'facilitator' },
    type: 'room_created',
    roomId,
    code,
    groupName: null,
    scenario: miniScenario,
  };
}

/** An event of the facilitator's at a given seq and time, its body as written (meetings, ends). */
export function byFacilitator(seq: number, at: number, body: object): RoomEvent {
  return { seq, at, actor: { kind: 'facilitator' }, ...body } as RoomEvent;
}

export function joined(seq: number, participantId: string): RoomEvent {
  return {
    seq,
    at: 1000 + seq,
    actor: { kind: 'participant', id: participantId },
    type: 'participant_joined',
    participantId,
    name: null,
  };
}

/** `store` with some of its methods replaced: the others are its own, bound to it. */
export function storeWith(store: EventStore, replaced: Partial<EventStore>): EventStore {
  return {
    append: (roomId, events) => store.append(roomId, events),
    read: (roomId, afterSeq) => store.read(roomId, afterSeq),
    listRooms: () => store.listRooms(),
    findRoom: (roomId) => store.findRoom(roomId),
    findRoomByCode: (code) => store.findRoomByCode(code),
    importRoom: (roomId, log) => store.importRoom(roomId, log),
    findRoomByDigest: (digest) => store.findRoomByDigest(digest),
    rememberExport: (roomId, digest) => store.rememberExport(roomId, digest),
    deleteRoom: (roomId) => store.deleteRoom(roomId),
    writeProblem: () => store.writeProblem(),
    close: () => store.close(),
    ...replaced,
  };
}
