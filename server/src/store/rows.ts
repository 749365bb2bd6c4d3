import type { Method, ProgrammeVersionMeta, TrainerNote } from '@samenspel/shared';
import type { StoredRoom } from './event-store.js';
import type { StoredProgrammeVersion } from './programme-store.js';
import { restedMs } from './rest-tally.js';

/**
 * The tables' rows as SQLite and PostgreSQL both return them (the same columns in both, see
 * pg-schema.ts), and what the stores make of them: one mapping for both stores.
 */

export interface RoomRow {
  room_id: string;
  code: string;
  scenario_id: string;
  title: string;
  group_name: string | null;
  created_at: number;
  started_at: number | null;
  ended_at: number | null;
  last_seq: number;
  last_at: number;
  participant_count: number;
  link_generation: number;
  rest_balance: number;
  resting: number;
}

export function toStoredRoom(row: RoomRow): StoredRoom {
  return {
    roomId: row.room_id,
    code: row.code,
    scenarioId: row.scenario_id,
    title: row.title,
    groupName: row.group_name,
    createdAt: row.created_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    lastSeq: row.last_seq,
    lastEventAt: row.last_at,
    participantCount: row.participant_count,
    linkGeneration: row.link_generation,
    restedMs: restedMs(
      { balanceMs: row.rest_balance, resting: row.resting },
      row.ended_at ?? row.last_at,
    ),
  };
}

export interface VersionRow {
  programme_id: string;
  version: number;
  saved_at: number;
  note: string;
  scenario_json: string;
  problems_json: string;
  problem_count: number;
}

export function toMeta(row: VersionRow): ProgrammeVersionMeta {
  return {
    version: row.version,
    savedAt: row.saved_at,
    note: row.note,
    problemCount: row.problem_count,
  };
}

export function toVersion(row: VersionRow): StoredProgrammeVersion {
  return {
    programmeId: row.programme_id,
    meta: toMeta(row),
    scenario: JSON.parse(row.scenario_json) as Record<string, unknown>,
    problems: JSON.parse(row.problems_json) as StoredProgrammeVersion['problems'],
  };
}

export interface MethodRow {
  id: string;
  name: string;
  block_json: string;
  saved_at: number;
}

export function toMethod(row: MethodRow): Method {
  return {
    id: row.id,
    name: row.name,
    block: JSON.parse(row.block_json) as Record<string, unknown>,
    savedAt: row.saved_at,
  };
}

export interface NoteRow {
  id: string;
  room_id: string;
  at_seq: number;
  text: string;
  created_at: number;
}

export function toNote(row: NoteRow): TrainerNote {
  return {
    id: row.id,
    roomId: row.room_id,
    atSeq: row.at_seq,
    text: row.text,
    createdAt: row.created_at,
  };
}
