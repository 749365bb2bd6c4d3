/** Messages between the load bench and the server process it starts (Node's IPC channel). */

export interface BenchRoom {
  roomId: string;
  /** The join code for our app; the relay has no codes and uses the room id. */
  code: string;
  /** The facilitator's key for our app; the relay checks nothing. */
  facilitatorKey: string;
}

export interface ServerReady {
  type: 'ready';
  port: number;
  rooms: BenchRoom[];
}

/** Asks for memory (after a full GC) and the event-loop delay seen since the last reset. */
export interface SampleRequest {
  type: 'sample';
  id: number;
  resetLag: boolean;
}

export interface Sample {
  type: 'sample';
  id: number;
  /** Bytes, after a full garbage collection. */
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  /** CPU time (user + system) the process had used when asked, and after the GC, in ms. */
  cpuMs: number;
  cpuMsAfterGc: number;
  /** Event-loop delay since the last reset, in ms. */
  lagP99: number;
  lagMax: number;
}

/** Asks the server to write a V8 heap snapshot to `file` (the soak bench's leak hunt). */
export interface SnapshotRequest {
  type: 'snapshot';
  id: number;
  file: string;
}

export interface SnapshotWritten {
  type: 'snapshot';
  id: number;
  file: string;
  /** How long the server was stopped writing it. */
  ms: number;
}

/** Asks the soak server what its rooms' logs hold, command ids included (which no export has). */
export interface AuditRequest {
  type: 'audit';
  id: number;
  roomIds: string[];
}

export interface RoomAudit {
  roomId: string;
  /** Every answer_submitted event, by the command that made it. */
  answers: Array<{ commandId: string | null; participantId: string; blockId: string }>;
  /** Every participant_joined event's participant, in order. */
  joined: string[];
  /** Participants in the room's state. */
  participants: number;
}

export interface AuditReply {
  type: 'audit';
  id: number;
  rooms: RoomAudit[];
}

export type ToServer = SampleRequest | SnapshotRequest | AuditRequest;
export type FromServer = ServerReady | Sample | SnapshotWritten | AuditReply;

/** The vote the relay passes on: who voted, so the facilitator can tell which ones it has. */
export const RELAY_VOTE_EVENT = 'vote';
export const BLOCK_ID = 'stemming';
export const OPTION_IDS = ['regels', 'plan', 'buurt'] as const;
