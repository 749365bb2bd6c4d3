import { z } from 'zod/mini';
import { ProtocolErrorSchema } from './errors.js';
import { ScenarioIdSchema } from '../scenario/schema.js';
import { RoomEventSchema } from '../room/events.js';
import { ProgrammeRefSchema } from './programmes.js';

/**
 * The HTTP API, next to the socket protocol. Facilitator routes take
 * `Authorization: Bearer <session token>` from POST /api/session.
 */

/**
 * Every route of the HTTP API as the server declares it (Fastify's `:param`), so the server's
 * routes, the client's calls and the tests name one and the same path.
 */
export const ROUTES = {
  session: '/api/session',
  scenarios: '/api/scenarios',
  rooms: '/api/rooms',
  join: '/api/join/:code',
  /** The room-bound token for the presenter's QR link; presenter key or facilitator as Bearer. */
  joinLink: '/api/rooms/:roomId/join-link',
  room: '/api/rooms/:roomId',
  /** POST: retire the room's presenter and co-facilitator links and answer with the new ones. */
  links: '/api/rooms/:roomId/links',
  events: '/api/rooms/:roomId/events',
  exportJson: '/api/rooms/:roomId/export.json',
  /** `:file` is one of CSV_EXPORTS with `.csv`. */
  exportCsv: '/api/rooms/:roomId/export/:file',
  report: '/api/rooms/:roomId/report.html',
  notes: '/api/rooms/:roomId/notes',
  note: '/api/rooms/:roomId/notes/:noteId',
  import: '/api/import',
  health: '/api/health',
  ready: '/api/ready',
  config: '/api/config',
  /** GET the templates and own programmes; POST a new own programme (programmes.ts). */
  programmes: '/api/programmes',
  /** GET the latest version; PUT a new version; DELETE an own programme. */
  programme: '/api/programmes/:programmeId',
  programmeVersions: '/api/programmes/:programmeId/versions',
  programmeVersion: '/api/programmes/:programmeId/versions/:version',
  /** The version as a YAML file that `pnpm scenarios:check` accepts (when it has no problems). */
  programmeYaml: '/api/programmes/:programmeId/versions/:version/export.yaml',
  /** POST a YAML file: it becomes a new own programme. */
  programmeImport: '/api/programmes/import',
  /** The trainer's library of reusable blocks. */
  /** The public self-test's list; saving a finished one; a room's phone taking its answers. */
  selfTest: '/api/self-test',
  selfTestResults: '/api/self-test/results',
  selfTestClaims: '/api/self-test/claims',
  methods: '/api/methods',
  method: '/api/methods/:methodId',
} as const;

/** The spreadsheet exports of a session (docs/exports.md). */
export const CSV_EXPORTS = [
  'votes',
  'profiles',
  'reflections',
  'intentions',
  'visits',
  'blocks',
] as const;
export type CsvExport = (typeof CSV_EXPORTS)[number];

/** A route with its `:params` filled in, each URL-encoded. */
export function routePath(route: string, params: Record<string, string>): string {
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`route ${route} needs :${name}`);
    return encodeURIComponent(value);
  });
}

/** The API's addresses for one room, note or code, built from ROUTES. */
export const API = {
  /** POST logs in; DELETE logs out, ending the token for good. */
  session: ROUTES.session,
  scenarios: ROUTES.scenarios,
  rooms: ROUTES.rooms,
  join: (code: string) => routePath(ROUTES.join, { code }),
  joinLink: (roomId: string) => routePath(ROUTES.joinLink, { roomId }),
  room: (roomId: string) => routePath(ROUTES.room, { roomId }),
  links: (roomId: string) => routePath(ROUTES.links, { roomId }),
  /** The redacted log with names, for replay in the trainer's own library. */
  events: (roomId: string) => routePath(ROUTES.events, { roomId }),
  /** The log as a file; pseudonyms unless `?names=true`. */
  exportJson: (roomId: string) => routePath(ROUTES.exportJson, { roomId }),
  /** One of CSV_EXPORTS; pseudonyms unless `?names=true`. */
  exportCsv: (roomId: string, kind: CsvExport) =>
    routePath(ROUTES.exportCsv, { roomId, file: `${kind}.csv` }),
  /** The printable report (HTML with print styles). */
  report: (roomId: string) => routePath(ROUTES.report, { roomId }),
  notes: (roomId: string) => routePath(ROUTES.notes, { roomId }),
  note: (roomId: string, noteId: string) => routePath(ROUTES.note, { roomId, noteId }),
  import: ROUTES.import,
  /** Alive: the process answers. */
  health: ROUTES.health,
  /** Ready: the session log can be written; 503 otherwise. */
  ready: ROUTES.ready,
  /** Public facts about this server, for screens that must show an address to phones. */
  config: ROUTES.config,
  programmes: ROUTES.programmes,
  programme: (programmeId: string) => routePath(ROUTES.programme, { programmeId }),
  programmeVersions: (programmeId: string) => routePath(ROUTES.programmeVersions, { programmeId }),
  programmeVersion: (programmeId: string, version: number) =>
    routePath(ROUTES.programmeVersion, { programmeId, version: String(version) }),
  programmeYaml: (programmeId: string, version: number) =>
    routePath(ROUTES.programmeYaml, { programmeId, version: String(version) }),
  programmeImport: ROUTES.programmeImport,
  selfTest: ROUTES.selfTest,
  selfTestResults: ROUTES.selfTestResults,
  selfTestClaims: ROUTES.selfTestClaims,
  methods: ROUTES.methods,
  method: (methodId: string) => routePath(ROUTES.method, { methodId }),
} as const;

/** A 204 answer (a logout): no body, which the client reads as null. */
export const EmptyResponseSchema = z.null();
/** GET /api/ready: 200 with ready true, or 503 with what is wrong (details in the server's log). */
export const ReadyResponseSchema = z.strictObject({
  ready: z.boolean(),
  store: z.enum(['writable', 'unwritable']),
  /** `draining` from the moment the server is told to stop: a proxy sends it nobody new. */
  node: z.enum(['serving', 'draining']),
});
export type ReadyResponse = z.infer<typeof ReadyResponseSchema>;

export const LoginRequestSchema = z.strictObject({
  passphrase: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
export const LoginResponseSchema = z.strictObject({ token: z.string(), expiresAt: z.number() });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const ScenarioSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.nullable(z.string()),
  audience: z.nullable(z.string()),
  minutes: z.number(),
  blockCount: z.number(),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;
export const ScenarioSummaryListSchema = z.array(ScenarioSummarySchema);

const groupNameSchema = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120)));
/**
 * A new room from a shipped programme (`scenarioId`), or from a version of a programme in the
 * studio (`programme`); a version the checker finds problems in makes no room.
 */
export const CreateRoomRequestSchema = z.union([
  z.strictObject({ scenarioId: ScenarioIdSchema, groupName: groupNameSchema }),
  z.strictObject({ programme: ProgrammeRefSchema, groupName: groupNameSchema }),
]);
export type CreateRoomRequest = z.infer<typeof CreateRoomRequestSchema>;

/** A room as the facilitator's session list shows it, with the links to run it. */
export const RoomSummarySchema = z.strictObject({
  roomId: z.string(),
  code: z.string(),
  scenarioId: z.string(),
  title: z.string(),
  groupName: z.nullable(z.string()),
  status: z.enum(['lobby', 'running', 'ended']),
  createdAt: z.number(),
  /** When the session was started; its length runs from here (see `sessionSpan`). */
  startedAt: z.nullable(z.number()),
  endedAt: z.nullable(z.number()),
  /** How long it rested between the meetings of a training of several days (not its length). */
  restedMs: z.int().check(z.minimum(0)),
  participantCount: z.int(),
  facilitatorKey: z.string(),
  presenterKey: z.string(),
});
export type RoomSummary = z.infer<typeof RoomSummarySchema>;
export const RoomSummaryListSchema = z.array(RoomSummarySchema);

export const JoinLookupSchema = z.strictObject({
  roomId: z.string(),
  code: z.string(),
  title: z.string(),
  /** Shown with the title on the name form, which a join link shows before the room is open. */
  groupName: z.nullable(z.string()),
  status: z.enum(['lobby', 'running', 'ended']),
  /** False while the facilitator has closed the room to new participants. */
  joinsOpen: z.boolean(),
});
export type JoinLookup = z.infer<typeof JoinLookupSchema>;

/**
 * The room-bound token a join link carries (an HMAC under the server's key): a phone that came
 * through the presenter's QR code is never held up by the guessing limits of its network.
 */
export const JoinLinkTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
export const JoinLinkSchema = z.strictObject({ token: JoinLinkTokenSchema });
export type JoinLink = z.infer<typeof JoinLinkSchema>;
/** The header a phone sends the join link's token in with its code lookup. */
export const JOIN_LINK_HEADER = 'x-samenspel-join-link';

export const ErrorResponseSchema = z.strictObject({ error: ProtocolErrorSchema });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** The client's pages as its router declares them (react-router's `:param`). */
export const PAGES = {
  landing: '/',
  join: '/j/:code',
  facilitatorHome: '/facilitator',
  console: '/facilitator/rooms/:roomId',
  library: '/facilitator/library',
  replay: '/facilitator/library/:roomId',
  presenter: '/present/:roomId',
  /** The programme studio: templates and the trainer's own programmes. */
  studio: '/facilitator/studio',
  /** One programme in the editor. */
  studioProgramme: '/facilitator/studio/:programmeId',
  /** The public self-test: the stellingenlijst alone, at home, without a room. */
  selfTest: '/zelftest',
} as const;

/** Client-side paths, so links built by the server and routes in the client agree. */
export const PATHS = {
  /** A phone's page for a code; the presenter's QR link adds the room's join token (`#t=`). */
  join: (code: string, linkToken?: string) =>
    linkToken === undefined ? `/j/${code}` : `/j/${code}#t=${linkToken}`,
  /**
   * A participant's personal return link for the next meeting: their own token in the hash, so
   * it never reaches a server log or a Referer.
   */
  returnLink: (code: string, token: string) => `/j/${code}#terug=${encodeURIComponent(token)}`,
  facilitatorHome: PAGES.facilitatorHome,
  console: (roomId: string) => `/facilitator/rooms/${roomId}`,
  presenter: (roomId: string, key: string) => `/present/${roomId}#key=${key}`,
  /** The session library: past and running sessions, behind the passphrase. */
  library: PAGES.library,
  /** One session played back. */
  replay: (roomId: string) => routePath(PAGES.replay, { roomId }),
  studio: PAGES.studio,
  studioProgramme: (programmeId: string) => routePath(PAGES.studioProgramme, { programmeId }),
  selfTest: PAGES.selfTest,
} as const;

/** A trainer's note pinned to a moment of a session; kept apart from the log, which never changes. */
export const TrainerNoteSchema = z.strictObject({
  id: z.string(),
  roomId: z.string(),
  /** The event the note is pinned to. */
  atSeq: z.int().check(z.minimum(1)),
  text: z.string(),
  createdAt: z.number(),
});
export type TrainerNote = z.infer<typeof TrainerNoteSchema>;

export const CreateNoteRequestSchema = z.strictObject({
  atSeq: z.int().check(z.minimum(1)),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
});
export type CreateNoteRequest = z.infer<typeof CreateNoteRequestSchema>;

export const PublicConfigSchema = z.strictObject({
  /** The address phones use (configured, or this machine's network address); null when unknown. */
  publicUrl: z.nullable(z.string()),
});
export type PublicConfig = z.infer<typeof PublicConfigSchema>;

/** `GET ROUTES.events`: the redacted log of one session, for replay. */
export const EventsResponseSchema = z.strictObject({
  roomId: z.string(),
  events: z.array(RoomEventSchema).check(z.minLength(1)),
});
export type EventsResponse = z.infer<typeof EventsResponseSchema>;

/** `POST ROUTES.import` (201): the new session the log was imported as. */
export const ImportResponseSchema = z.strictObject({
  roomId: z.string(),
  code: z.nullable(z.string()),
});
export type ImportResponse = z.infer<typeof ImportResponseSchema>;

/**
 * `POST ROUTES.import` (409): the file is already in the library; `existing` is the session it
 * became, so the library can offer to open that one instead of keeping a second copy.
 */
export const ImportConflictSchema = z.strictObject({
  error: ProtocolErrorSchema,
  existing: ImportResponseSchema,
});
export type ImportConflict = z.infer<typeof ImportConflictSchema>;

export const TrainerNoteListSchema = z.array(TrainerNoteSchema);
