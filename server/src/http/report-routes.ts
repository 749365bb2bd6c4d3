import type { FastifyInstance, FastifyReply } from 'fastify';
import { ROUTES } from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { StoredRoom } from '../store/event-store.js';
import { toCsv } from '../reports/csv.js';
import { isoDate } from '../reports/format.js';
import { REPORT_CSP, renderReport } from '../reports/report-html.js';
import { CSV_KINDS, isCsvKind, tableOf } from '../reports/rows.js';
import { readSession, type SessionRecord } from '../reports/session.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitator-auth.js';

interface ReportRouteDeps {
  keys: KeyRing;
  registry: RoomRegistry;
  now: () => number;
}

type ReportRequest = {
  Params: { roomId: string; file: string };
  Querystring: { names?: string };
};

/**
 * A session's CSV exports and its printable report, for the trainer after the day. Both need
 * the passphrase; both are built from the redacted log, with pseudonyms unless `?names=true`.
 */
export function reportRoutes(app: FastifyInstance, deps: ReportRouteDeps) {
  const { registry } = deps;
  const facilitatorOnly = { onRequest: requireFacilitator(deps.keys, deps.now) };
  const unknownRoom = { code: 'unknown_room' as const, message: 'there is no such session' };

  const load = async (
    roomId: string,
    names: string | undefined,
  ): Promise<{ stored: StoredRoom; session: SessionRecord } | null> => {
    const stored = await registry.store.findRoom(roomId);
    if (!stored) return null;
    const events = await registry.store.read(stored.roomId);
    if (events.length === 0) return null;
    return { stored, session: readSession(events, { names: names === 'true', now: deps.now() }) };
  };
  const fileName = (stored: StoredRoom, suffix: string) =>
    `samenspel-${stored.code}-${isoDate(stored.createdAt)}-${suffix}`;
  // Personal data: no cache anywhere may keep a copy.
  const private_ = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');

  app.get<ReportRequest>(ROUTES.exportCsv, facilitatorOnly, async (request, reply) => {
    const kind = request.params.file.replace(/\.csv$/, '');
    if (!request.params.file.endsWith('.csv') || !isCsvKind(kind)) {
      return sendError(reply, 404, {
        code: 'not_found',
        message: `exports are ${CSV_KINDS.map((k) => `${k}.csv`).join(', ')}`,
      });
    }
    const loaded = await load(request.params.roomId, request.query.names);
    if (!loaded) return sendError(reply, 404, unknownRoom);
    const { header, rows } = tableOf(kind, loaded.session);
    return private_(reply)
      .type('text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="${fileName(loaded.stored, `${kind}.csv`)}"`,
      )
      .send(toCsv(header, rows));
  });

  app.get<Omit<ReportRequest, 'Params'> & { Params: { roomId: string } }>(
    ROUTES.report,
    facilitatorOnly,
    async (request, reply) => {
      const loaded = await load(request.params.roomId, request.query.names);
      if (!loaded) return sendError(reply, 404, unknownRoom);
      return private_(reply)
        .type('text/html; charset=utf-8')
        .header('content-security-policy', REPORT_CSP)
        .header('referrer-policy', 'no-referrer')
        .header(
          'content-disposition',
          `inline; filename="${fileName(loaded.stored, 'verslag.html')}"`,
        )
        .send(renderReport(loaded.session, { generatedAt: deps.now() }));
    },
  );
}
