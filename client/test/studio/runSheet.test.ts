import { describe, expect, it } from 'vitest';
import {
  formatClock,
  parseClock,
  runSheetRows,
  runSheetTotals,
} from '../../src/screens/studio/runsheet/runSheet';

const blocks = [
  { id: 'a', title: 'Welkom', minutes: 10 },
  { id: 'b', title: 'Stelling', minutes: 25 },
  { id: 'c', title: 'Afsluiting', minutes: 5 },
];

describe('run sheet time arithmetic', () => {
  it('gives each block its clock start and end from the chosen start time', () => {
    const rows = runSheetRows(blocks, '09:30');
    expect(rows.map((r) => [formatClock(r.startMinute), formatClock(r.endMinute)])).toEqual([
      ['09:30', '09:40'],
      ['09:40', '10:05'],
      ['10:05', '10:10'],
    ]);
  });

  it('falls back to 09:30 for a start time that is no time of day', () => {
    expect(formatClock(runSheetRows(blocks, '25:00')[0]!.startMinute)).toBe('09:30');
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('abc')).toBeNull();
  });

  it('wraps clock times past midnight', () => {
    expect(formatClock(runSheetRows(blocks, '23:55')[1]!.startMinute)).toBe('00:05');
  });

  it('says how far the total is over or under the target', () => {
    expect(runSheetTotals(blocks, 45)).toEqual({ total: 40, target: 45, difference: -5 });
    expect(runSheetTotals(blocks, 30).difference).toBe(10);
    expect(runSheetTotals([{ id: 'x', title: '', minutes: Number.NaN }], 0).difference).toBe(0);
  });
});
