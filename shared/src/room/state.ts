import type { Scenario } from '../scenario/schema.js';
import type { Timer } from './timer.js';

export type RoomStatus = 'lobby' | 'running' | 'ended';

/** Presence is kept apart from membership: a dropped phone is still a member. */
export type Presence = 'connected' | 'dropped' | 'left';

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
  participants: Record<string, Participant>;
  /** Join order, for stable lists. */
  participantOrder: string[];
  /** The seq of the last event folded in. */
  seq: number;
  /** Time of the last event folded in. */
  lastEventAt: number;
}
