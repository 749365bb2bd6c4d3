import { sessionSpan, type RoomSummary } from '@samenspel/shared';

export const SORT_KEYS = ['date', 'title', 'participants', 'duration'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * How long a session took (`sessionSpan`: from its start to its end, without the rests between
 * the days of a training); null while it has not ended.
 */
export function durationMs(room: RoomSummary): number | null {
  if (room.endedAt === null) return null;
  return workedMs(room, room.endedAt);
}

/** From its start until `now` (or its end), without its rests between meetings. */
function workedMs(room: RoomSummary, now: number): number {
  return Math.max(0, (sessionSpan(room, now)?.ms ?? 0) - room.restedMs);
}

/** Lower case without accents, so "Zuiderdam" finds "zuiderdám" and the other way round. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Matches the title, the group and the join code (with or without its dash). */
export function matchesQuery(room: RoomSummary, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${room.title} ${room.groupName ?? ''}`);
  const code = room.code.toLowerCase();
  return words.every((word) => {
    const bare = word.replace(/[^a-z0-9]/g, '');
    return haystack.includes(word) || (bare.length > 0 && code.includes(bare));
  });
}

/**
 * The order of each sort key: newest first, A to Z, the largest group first, the longest
 * session first. A session still running counts with the time it has run so far. Ties keep
 * the newest on top.
 */
export function sortRooms(
  rooms: readonly RoomSummary[],
  key: SortKey,
  now: number,
  language: string,
): RoomSummary[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const runFor = (room: RoomSummary) => workedMs(room, now);
  const compare = (a: RoomSummary, b: RoomSummary): number => {
    switch (key) {
      case 'date':
        return 0;
      case 'title':
        return (
          collator.compare(a.title, b.title) ||
          collator.compare(a.groupName ?? '', b.groupName ?? '')
        );
      case 'participants':
        return b.participantCount - a.participantCount;
      case 'duration':
        return runFor(b) - runFor(a);
    }
  };
  return [...rooms].sort((a, b) => compare(a, b) || b.createdAt - a.createdAt);
}

export function visibleRooms(
  rooms: readonly RoomSummary[],
  query: string,
  key: SortKey,
  now: number,
  language: string,
): RoomSummary[] {
  return sortRooms(
    rooms.filter((room) => matchesQuery(room, query)),
    key,
    now,
    language,
  );
}
