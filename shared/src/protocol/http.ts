import { z } from 'zod';
import { ProtocolErrorSchema } from './errors.js';
import { ScenarioIdSchema } from '../scenario/schema.js';

/**
 * The HTTP API, next to the socket protocol. Facilitator routes take
 * `Authorization: Bearer <session token>` from POST /api/session.
 */

export const API = {
  session: '/api/session',
  scenarios: '/api/scenarios',
  rooms: '/api/rooms',
  join: (code: string) => `/api/join/${encodeURIComponent(code)}`,
  room: (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}`,
  /** The redacted log with names, for replay in the trainer's own library. */
  events: (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/events`,
  /** The log as a file; pseudonyms unless `?names=true`. */
  exportJson: (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/export.json`,
  /** votes, profiles, reflections, intentions or blocks; pseudonyms unless `?names=true`. */
  exportCsv: (
    roomId: string,
    kind: 'votes' | 'profiles' | 'reflections' | 'intentions' | 'blocks',
  ) => `/api/rooms/${encodeURIComponent(roomId)}/export/${kind}.csv`,
  /** The printable report (HTML with print styles). */
  report: (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/report.html`,
  notes: (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/notes`,
  note: (roomId: string, noteId: string) =>
    `/api/rooms/${encodeURIComponent(roomId)}/notes/${encodeURIComponent(noteId)}`,
  import: '/api/import',
  health: '/api/health',
  /** Public facts about this server, for screens that must show an address to phones. */
  config: '/api/config',
} as const;

export const LoginRequestSchema = z.strictObject({ passphrase: z.string().min(1).max(500) });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
export const LoginResponseSchema = z.strictObject({ token: z.string(), expiresAt: z.number() });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const ScenarioSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  audience: z.string().nullable(),
  minutes: z.number(),
  blockCount: z.number(),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

export const CreateRoomRequestSchema = z.strictObject({
  scenarioId: ScenarioIdSchema,
  groupName: z.string().trim().min(1).max(120).optional(),
});
export type CreateRoomRequest = z.infer<typeof CreateRoomRequestSchema>;

/** A room as the facilitator's session list shows it, with the links to run it. */
export const RoomSummarySchema = z.strictObject({
  roomId: z.string(),
  code: z.string(),
  scenarioId: z.string(),
  title: z.string(),
  groupName: z.string().nullable(),
  status: z.enum(['lobby', 'running', 'ended']),
  createdAt: z.number(),
  endedAt: z.number().nullable(),
  participantCount: z.number().int(),
  facilitatorKey: z.string(),
  presenterKey: z.string(),
});
export type RoomSummary = z.infer<typeof RoomSummarySchema>;

export const JoinLookupSchema = z.strictObject({
  roomId: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(['lobby', 'running', 'ended']),
});
export type JoinLookup = z.infer<typeof JoinLookupSchema>;

export const ErrorResponseSchema = z.strictObject({ error: ProtocolErrorSchema });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Client-side paths, so links built by the server and routes in the client agree. */
export const PATHS = {
  join: (code: string) => `/j/${code}`,
  facilitatorHome: '/facilitator',
  console: (roomId: string) => `/facilitator/rooms/${roomId}`,
  presenter: (roomId: string, key: string) => `/present/${roomId}#key=${key}`,
} as const;

/** A trainer's note pinned to a moment of a session; kept apart from the log, which never changes. */
export const TrainerNoteSchema = z.strictObject({
  id: z.string(),
  roomId: z.string(),
  /** The event the note is pinned to. */
  atSeq: z.number().int().min(1),
  text: z.string(),
  createdAt: z.number(),
});
export type TrainerNote = z.infer<typeof TrainerNoteSchema>;

export const CreateNoteRequestSchema = z.strictObject({
  atSeq: z.number().int().min(1),
  text: z.string().trim().min(1).max(5000),
});
export type CreateNoteRequest = z.infer<typeof CreateNoteRequestSchema>;

export const PublicConfigSchema = z.strictObject({
  /** The address phones use (configured, or this machine's network address); null when unknown. */
  publicUrl: z.string().nullable(),
});
export type PublicConfig = z.infer<typeof PublicConfigSchema>;
