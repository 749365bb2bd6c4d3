import type { RoomEvent } from './events.js';

/**
 * Takes away when, and in which order, anonymous answers were written. Left as written, an
 * answer's place in the log and its exact second could be set beside who was connected, who
 * had just answered the vote before, or whose phone dropped: enough to guess the author.
 *
 * Each anonymous answer moves to just after the `block_entered` that opened its visit, takes
 * that event's time, and the moved answers are put in order of their (stand-in) participant
 * id, which is made from the reflection's opaque id; edits of one reflection keep their own
 * order, so the last version still wins. Only events inside a visit move, so every event
 * outside an anonymous block's visits keeps its seq, and seqs are renumbered gaplessly within
 * the visit: the log still folds, and to the same state once the visit is over. An answer
 * outside any visit of its block (a log written by hand) stays where it is.
 */
export function hideWritingOrder(
  events: readonly RoomEvent[],
  anonymousBlocks: ReadonlySet<string>,
): RoomEvent[] {
  const blockIds = blockIdsOf(events);
  const out: RoomEvent[] = [];
  // The visit in progress: where its block_entered sits in `out`, and the answers moved into it.
  let visit: { blockId: string; at: number; start: number; moved: RoomEvent[] } | null = null;
  const close = () => {
    if (visit && visit.moved.length > 0) {
      const { at, start } = visit;
      const moved = stableSortBy(visit.moved, (e) =>
        e.type === 'answer_submitted' ? e.participantId : '',
      ).map((e) => ({ ...e, at }));
      out.splice(start + 1, 0, ...moved);
    }
    visit = null;
  };
  for (const event of events) {
    if (event.type === 'block_entered' || event.type === 'session_ended') close();
    if (event.type === 'block_entered') {
      const blockId = blockIds[event.blockIndex];
      if (blockId !== undefined && anonymousBlocks.has(blockId)) {
        out.push(event);
        visit = { blockId, at: event.at, start: out.length - 1, moved: [] };
        continue;
      }
    }
    if (event.type === 'answer_submitted' && visit?.blockId === event.blockId) {
      visit.moved.push(event);
      continue;
    }
    out.push(event);
  }
  close();
  const firstSeq = events[0]?.seq ?? 1;
  return out.map((event, i) =>
    event.seq === firstSeq + i ? event : { ...event, seq: firstSeq + i },
  );
}

function blockIdsOf(events: readonly RoomEvent[]): string[] {
  const first = events[0];
  return first?.type === 'room_created' ? first.scenario.blocks.map((b) => b.id) : [];
}

function stableSortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ item }) => item);
}
