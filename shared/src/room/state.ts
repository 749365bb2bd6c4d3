import type { Scenario } from '../scenario/schema.js';
import type { Timer } from './timer.js';
import type { Answer } from './answers.js';
import type { CasesRun } from '../blocks/practice-cases.js';

export type RoomStatus = 'lobby' | 'running' | 'ended';

/**
 * Presence is kept apart from membership: a dropped phone is still a member. `left` and
 * `removed` (by the facilitator) are for good: that token no longer gets in.
 */
export type Presence = 'connected' | 'dropped' | 'left' | 'removed';

/** Whether a participant is still one of the room: neither left nor removed. */
export function isMember(participant: { presence: Presence } | undefined): boolean {
  return (
    participant !== undefined &&
    participant.presence !== 'left' &&
    participant.presence !== 'removed'
  );
}

export interface Participant {
  id: string;
  /** Null for an anonymous participant. */
  name: string | null;
  joinedAt: number;
  presence: Presence;
}

/** One visit of a block: the agenda's "actual" against "planned". */
export interface BlockVisit {
  blockIndex: number;
  enteredAt: number;
  /**
   * When its meeting closed while it was on screen (the last block of a day): the visit ends
   * there, not weeks later when the next meeting's first block comes up.
   */
  closedAt?: number;
}

/** A rest between two meetings: from the close of one to the start of the next (null: still). */
export interface Rest {
  from: number;
  to: number | null;
}

/** How a reflection is shown: the facilitator may hide it or put it on the presenter screen. */
export interface Moderation {
  hidden: boolean;
  highlighted: boolean;
}

/** Everything that happened in one block, whichever time it was on screen. */
export interface BlockRun {
  /** Answers can no longer be changed. */
  locked: boolean;
  /** Results are on the presenter screen and the phones. */
  revealed: boolean;
  /** participant id → their answer (scale and statements merged item by item). */
  answers: Record<string, Answer>;
  /** Participants in the order they first answered. */
  answerOrder: string[];
  /** participant id → the opaque id of their reflection in this block. */
  reflectionIds: Record<string, string>;
  moderation: Record<string, Moderation>;
  /** participant id → role card id. */
  roles: Record<string, string> | null;
  groups: string[][] | null;
  /** A practice block's shortlist, vote and chosen case; absent until the facilitator acts. */
  cases?: CasesRun;
}

export interface RoomState {
  roomId: string;
  code: string;
  groupName: string | null;
  scenario: Scenario;
  createdAt: number;
  status: RoomStatus;
  startedAt: number | null;
  endedAt: number | null;
  currentBlockIndex: number | null;
  visits: BlockVisit[];
  timer: Timer | null;
  /**
   * Per block id, its timer as the room last left it (a running one is paused on leaving), so a
   * later visit comes back to the time that was left. Only blocks that were left are here.
   */
  leftTimers: Record<string, Timer>;
  participants: Record<string, Participant>;
  /** Per block id, once anything happened in it. */
  runs: Record<string, BlockRun>;
  /** Since when the room takes no new participants; null while it does. */
  joinsClosedAt: number | null;
  /** Join order, for stable lists. */
  participantOrder: string[];
  /** How often the presenter and co-facilitator links were renewed; keys are bound to it. */
  linkGeneration: number;
  /** The meeting the room is in, from 1 (a programme of one sitting stays in 1). */
  meeting: number;
  /**
   * Since when the room rests after closing its meeting, until the next one starts; null while it
   * does not. A resting room shows no block, runs no timer and takes no answer.
   */
  restingSince: number | null;
  /** Every rest so far, in order: what a session's length and its timeline leave out. */
  rests: Rest[];
  /** The seq of the last event folded in. */
  seq: number;
  /** Time of the last event folded in. */
  lastEventAt: number;
}
