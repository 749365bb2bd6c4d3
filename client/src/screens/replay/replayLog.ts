import type { RoomEvent } from '@samenspel/shared';

/** Where a block came on screen, for the timeline's boundaries and Shift+←/→. */
export interface BlockMark {
  seq: number;
  at: number;
  blockIndex: number;
  title: string;
}

/**
 * A loaded session log with what the timeline and the inspector read from it, worked out once
 * when the replay opens (all O(n) over the events; the folding itself is the ReplayIndex's job).
 */
export interface ReplayLog {
  roomId: string;
  events: readonly RoomEvent[];
  /** Every event's time, for the binary searches of scrubbing and the per-pixel tick counts. */
  times: Float64Array;
  start: number;
  /** The last event's time; never equal to `start`, so a position is always defined. */
  end: number;
  title: string;
  groupName: string | null;
  code: string;
  blocks: BlockMark[];
  /** The seq of session_ended, if the session ended. */
  endedSeq: number | null;
  /** participant id → the name they joined with (null: anonymous) and their place in joining. */
  names: ReadonlyMap<string, { name: string | null; n: number }>;
}

export function describeLog(roomId: string, events: readonly RoomEvent[]): ReplayLog {
  const first = events[0];
  if (!first || first.type !== 'room_created') throw new Error('a log starts with room_created');
  const times = new Float64Array(events.length);
  const blocks: BlockMark[] = [];
  const names = new Map<string, { name: string | null; n: number }>();
  let endedSeq: number | null = null;
  events.forEach((event, i) => {
    times[i] = event.at;
    if (event.type === 'block_entered') {
      const title = first.scenario.blocks[event.blockIndex]?.title ?? `#${event.blockIndex + 1}`;
      blocks.push({ seq: event.seq, at: event.at, blockIndex: event.blockIndex, title });
    } else if (event.type === 'participant_joined') {
      names.set(event.participantId, { name: event.name, n: names.size + 1 });
    } else if (event.type === 'session_ended') {
      endedSeq = event.seq;
    }
  });
  const start = first.at;
  return {
    roomId,
    events,
    times,
    start,
    end: Math.max(times[times.length - 1] ?? start, start + 1),
    title: first.scenario.title,
    groupName: first.groupName,
    code: first.code,
    blocks,
    endedSeq,
    names,
  };
}

/**
 * The seq of the last event at or before a moment, at least 1: the same search as
 * ReplayIndex.seqAtTime, here on the main thread while the index itself may live in a worker.
 */
export function seqAtTime(log: ReplayLog, at: number): number {
  let lo = 0;
  let hi = log.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log.times[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(1, lo);
}

export function timeOfSeq(log: ReplayLog, seq: number): number {
  return log.times[clampSeq(log, seq) - 1]!;
}

export function clampSeq(log: ReplayLog, seq: number): number {
  return Math.min(Math.max(Math.round(seq), 1), log.events.length);
}

/** The block on screen right after event `seq`, if any (none before the first block_entered). */
export function blockAt(log: ReplayLog, seq: number): BlockMark | null {
  let found: BlockMark | null = null;
  for (const block of log.blocks) {
    if (block.seq > seq) break;
    found = block;
  }
  return found;
}

/** Shift+→: the next block's start, or the end of the log after the last block. */
export function nextBlockSeq(log: ReplayLog, seq: number): number {
  return log.blocks.find((block) => block.seq > seq)?.seq ?? log.events.length;
}

/** Shift+←: the start of the block on screen, or the one before if already at its start. */
export function previousBlockSeq(log: ReplayLog, seq: number): number {
  let found = 1;
  for (const block of log.blocks) {
    if (block.seq >= seq) break;
    found = block.seq;
  }
  return found;
}
