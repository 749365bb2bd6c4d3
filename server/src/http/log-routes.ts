import type { FastifyInstance } from 'fastify';
import {
  CreateNoteRequestSchema,
  type EventsResponse,
  type ImportConflict,
  type ImportResponse,
  exportLog,
  parseAtBoundary,
  protocolError,
  redactLog,
  ROUTES,
  type TrainerNote,
} from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import { logDigestInSlices } from '../rooms/import-check.js';
import { checkUpload } from '../rooms/import-job.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { NotesStore } from '../store/notes-store.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitator-auth.js';

interface LogRouteDeps {
  keys: KeyRing;
  registry: RoomRegistry;
  notes: NotesStore;
  now: () => number;
  randomId: (prefix: string) => string;
  /** SAMENSPEL_IMPORT_LIMIT_MB; read only once the passphrase is checked (onRequest). */
  importLimitBytes: number;
}

/** The session library's log routes: replay, export, import, notes and deletion. All need the passphrase. */
export function logRoutes(app: FastifyInstance, deps: LogRouteDeps) {
  const { registry, notes } = deps;
  const facilitatorOnly = { onRequest: requireFacilitator(deps.keys, deps.now) };
  type RoomParams = { Params: { roomId: string } };

  const findRoom = async (roomId: string) => registry.store.findRoom(roomId);
  const unknownRoom = { code: 'unknown_room' as const, message: 'there is no such session' };

  app.get<RoomParams>(ROUTES.events, facilitatorOnly, async (request, reply) => {
    const stored = await findRoom(request.params.roomId);
    if (!stored) return sendError(reply, 404, unknownRoom);
    // The log leaves the server only redacted: no anonymous reflection carries its author.
    const body: EventsResponse = {
      roomId: stored.roomId,
      events: redactLog(await registry.store.read(stored.roomId)),
    };
    // Everything a session said: never kept by a browser or a proxy on the way.
    return reply.header('cache-control', 'no-store').send(body);
  });

  app.get<RoomParams & { Querystring: { names?: string } }>(
    ROUTES.exportJson,
    facilitatorOnly,
    async (request, reply) => {
      const stored = await findRoom(request.params.roomId);
      if (!stored) return sendError(reply, 404, unknownRoom);
      const names = request.query.names === 'true';
      const body = exportLog(await registry.store.read(stored.roomId), {
        names,
        exportedAt: deps.now(),
      });
      // Imported back here, this very file is then found to be this session.
      await registry.store.rememberExport(stored.roomId, await logDigestInSlices(body.events));
      const file = `samenspel-${stored.code}-${new Date(stored.createdAt).toISOString().slice(0, 10)}.json`;
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${file}"`)
        .send(body);
    },
  );

  // The upload stays raw bytes here: parsing and checking a large one is the import worker's
  // job, so it never holds up the live rooms on this thread.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'buffer', bodyLimit: deps.importLimitBytes },
      (_request, body, done) => done(null, body),
    );
    scope.post<{ Body: unknown }>(
      ROUTES.import,
      { ...facilitatorOnly, bodyLimit: deps.importLimitBytes },
      async (request, reply) => {
        // Another content type Fastify reads itself (text/plain) arrives as a string.
        if (!(request.body instanceof Uint8Array)) {
          return sendError(reply, 400, {
            code: 'invalid_payload',
            message: 'a log file is sent as application/json',
          });
        }
        const check = await checkUpload(request.body);
        if (!check.ok) return sendError(reply, check.status, check.error);
        const { roomId, duplicate } = await registry
          .importLog(check.log)
          .finally(() => void check.close());
        const stored = await findRoom(roomId);
        const room: ImportResponse = { roomId, code: stored?.code ?? null };
        if (!duplicate) return reply.code(201).send(room);
        const conflict: ImportConflict = {
          error: protocolError('already_imported', 'this session is already in the library'),
          existing: room,
        };
        return reply.code(409).send(conflict);
      },
    );
  });

  app.delete<RoomParams>(ROUTES.room, facilitatorOnly, async (request, reply) => {
    const stored = await findRoom(request.params.roomId);
    if (!stored) return sendError(reply, 404, unknownRoom);
    // The room first: on a cluster its node may be another (RoomElsewhere), and the notes stay.
    await registry.remove(stored.roomId);
    await notes.removeRoom(stored.roomId);
    return reply.code(204).send();
  });

  app.get<RoomParams>(ROUTES.notes, facilitatorOnly, async (request, reply) => {
    if (!(await findRoom(request.params.roomId))) return sendError(reply, 404, unknownRoom);
    return notes.list(request.params.roomId);
  });

  app.post<RoomParams>(ROUTES.notes, facilitatorOnly, async (request, reply) => {
    const stored = await findRoom(request.params.roomId);
    if (!stored) return sendError(reply, 404, unknownRoom);
    const parsed = parseAtBoundary(CreateNoteRequestSchema, request.body);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    if (parsed.value.atSeq > stored.lastSeq) {
      return sendError(reply, 400, {
        code: 'invalid_payload',
        message: `the log has ${stored.lastSeq} events`,
        field: 'atSeq',
      });
    }
    const note: TrainerNote = {
      id: deps.randomId('n'),
      roomId: stored.roomId,
      atSeq: parsed.value.atSeq,
      text: parsed.value.text,
      createdAt: deps.now(),
    };
    await notes.add(note);
    return reply.code(201).send(note);
  });

  app.delete<{ Params: { roomId: string; noteId: string } }>(
    ROUTES.note,
    facilitatorOnly,
    async (request, reply) => {
      const removed = await notes.remove(request.params.roomId, request.params.noteId);
      if (!removed)
        return sendError(reply, 404, { code: 'not_found', message: 'there is no such note' });
      return reply.code(204).send();
    },
  );
}
