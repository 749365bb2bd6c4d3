import { describe, expect, it } from 'vitest';
import {
  durationMs,
  matchesQuery,
  sortRooms,
  visibleRooms,
} from '../src/screens/library/sessionList';
import { formatLength } from '../src/screens/library/format';
import { translate } from '../src/i18n/catalogs';
import { MIN, roomSummary, T0 } from './replayFixtures';

const HOUR = 60 * MIN;
const rooms = [
  roomSummary({
    roomId: 'a',
    title: 'Bestuurlijke sensitiviteit',
    groupName: 'Gemeente Zuiderdam',
    code: 'K7W4PX',
    createdAt: T0,
    endedAt: T0 + 3 * HOUR,
    participantCount: 18,
  }),
  roomSummary({
    roomId: 'b',
    title: 'Inspiratiesessie de ideale ambtenaar',
    groupName: 'Provincie Zeeland',
    code: 'ABC234',
    createdAt: T0 + 24 * HOUR,
    endedAt: T0 + 24 * HOUR + 90 * MIN,
    participantCount: 42,
  }),
  roomSummary({
    roomId: 'c',
    title: 'Demo: Samenspel in tien minuten',
    groupName: null,
    code: 'ZZZ999',
    status: 'running',
    createdAt: T0 + 48 * HOUR,
    endedAt: null,
    participantCount: 3,
  }),
];
const now = T0 + 48 * HOUR + 10 * MIN;
const ids = (list: { roomId: string }[]) => list.map((room) => room.roomId);

describe('the library list', () => {
  it('finds sessions by title, group or code, in any case and with or without the dash', () => {
    expect(ids(rooms.filter((r) => matchesQuery(r, 'zeeland')))).toEqual(['b']);
    expect(ids(rooms.filter((r) => matchesQuery(r, 'SENSITIVITEIT')))).toEqual(['a']);
    expect(ids(rooms.filter((r) => matchesQuery(r, 'k7w-4px')))).toEqual(['a']);
    expect(ids(rooms.filter((r) => matchesQuery(r, 'abc234')))).toEqual(['b']);
    expect(ids(rooms.filter((r) => matchesQuery(r, 'demo tien')))).toEqual(['c']);
    expect(ids(rooms.filter((r) => matchesQuery(r, '  ')))).toEqual(['a', 'b', 'c']);
    expect(rooms.filter((r) => matchesQuery(r, 'utrecht'))).toEqual([]);
  });

  it('sorts by date, title, participants and duration, newest first on a tie', () => {
    expect(ids(sortRooms(rooms, 'date', now, 'nl'))).toEqual(['c', 'b', 'a']);
    expect(ids(sortRooms(rooms, 'title', now, 'nl'))).toEqual(['a', 'c', 'b']);
    expect(ids(sortRooms(rooms, 'participants', now, 'nl'))).toEqual(['b', 'a', 'c']);
    // The running session has run 10 minutes so far: shortest.
    expect(ids(sortRooms(rooms, 'duration', now, 'nl'))).toEqual(['a', 'b', 'c']);
  });

  it('filters, then sorts', () => {
    expect(ids(visibleRooms(rooms, 'e', 'participants', now, 'nl'))).toEqual(['b', 'a', 'c']);
    expect(ids(visibleRooms(rooms, 'gemeente', 'date', now, 'nl'))).toEqual(['a']);
  });

  it('measures a session from its start to its end, as the report does, not from when it was made', () => {
    // Made at 09:00, started at 09:02 once everyone was in, ended at 09:12:40.
    const session = roomSummary({
      createdAt: T0,
      startedAt: T0 + 2 * MIN,
      endedAt: T0 + 12 * MIN + 40_000,
    });
    expect(durationMs(session)).toBe(10 * MIN + 40_000);
    expect(formatLength(durationMs(session)!, (key, vars) => translate('nl', key, vars))).toBe(
      '11 min',
    );
    expect(durationMs(roomSummary({ startedAt: null, endedAt: T0 + MIN }))).toBe(0);
  });

  it('counts the days of a training, not the week it rested in between', () => {
    // Day 1 from 09:00 to 15:00, a week's rest, day 2 from 09:00 to 14:00.
    const week = 7 * 24 * HOUR;
    const training = roomSummary({
      startedAt: T0,
      endedAt: T0 + week + 5 * HOUR,
      restedMs: week - 6 * HOUR,
    });
    expect(durationMs(training)).toBe(11 * HOUR);
    expect(formatLength(durationMs(training)!, (key, vars) => translate('nl', key, vars))).toBe(
      '11 u 00 min',
    );
    // Sorted by duration, it comes after a single day of 12 hours, not before it as a week.
    const day = roomSummary({ roomId: 'dag', startedAt: T0, endedAt: T0 + 12 * HOUR });
    const later = T0 + 2 * week;
    expect(ids(sortRooms([training, day], 'duration', later, 'nl'))).toEqual(['dag', 'r_x']);
  });

  it('knows a running session has no duration yet', () => {
    expect(durationMs(rooms[0]!)).toBe(3 * HOUR);
    expect(durationMs(rooms[2]!)).toBeNull();
  });
});
