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

export type ToServer = SampleRequest;
export type FromServer = ServerReady | Sample;

/** The vote the relay passes on: who voted, so the facilitator can tell which ones it has. */
export const RELAY_VOTE_EVENT = 'vote';
export const BLOCK_ID = 'stemming';
export const OPTION_IDS = ['regels', 'plan', 'buurt'] as const;
