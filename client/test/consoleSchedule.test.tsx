// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Agenda } from '../src/screens/facilitator/Agenda';
import {
  forecastEnd,
  plannedEnd,
  plannedStarts,
  scheduleDeltaMinutes,
} from '../src/screens/facilitator/agenda/schedule';
import { useLanguage } from '../src/i18n/language';
import { useRoomStore } from '../src/state/roomStore';
import { indexOf, run, viewAt } from './consoleFixtures';

const MIN = 60_000;
const START = 1_000;

beforeEach(() => {
  useRoomStore.getState().reset();
  useLanguage.getState().setLanguage('nl');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The welcome (10 min planned) ran 16 minutes and its timer has expired. */
const overrunView = () =>
  viewAt('welkom', run(), {
    visits: [{ blockIndex: 0, enteredAt: START }],
    timer: { status: 'expired', durationMs: 10 * MIN, expiredAt: START + 10 * MIN },
  });

describe('schedule', () => {
  it('plans each block from the real start of the session', () => {
    const starts = plannedStarts(overrunView());
    expect(starts.slice(0, 3)).toEqual([START, START + 10 * MIN, START + 15 * MIN]);
    expect(plannedEnd(overrunView())).toBe(START + 60 * MIN);
  });

  it('forecasts now + what is left on the timer + the planned blocks after this one', () => {
    const view = viewAt('stem-a', run(), {
      timer: { status: 'running', durationMs: 5 * MIN, endsAt: START + 25 * MIN },
    });
    // 20 min in, 5 min left on the timer, and eight blocks of 5 min planned after stem-a.
    const now = START + 20 * MIN;
    expect(forecastEnd(view, now)).toBe(now + 5 * MIN + 40 * MIN);
    expect(scheduleDeltaMinutes(forecastEnd(view, now)!, plannedEnd(view)!)).toBe(5);
  });

  it('moves the forecast end while a block overruns, and says how far behind', () => {
    vi.useFakeTimers();
    vi.setSystemTime(START + 16 * MIN);
    render(<Agenda view={overrunView()} onGoto={() => undefined} />);
    const end = () => Number(screen.getByTestId('forecast-end').dataset.forecastEnd);
    expect(end()).toBe(START + 16 * MIN + 50 * MIN);
    expect(screen.getByTestId('schedule-delta').textContent).toContain('+6 min achter op schema');

    act(() => {
      vi.advanceTimersByTime(2 * MIN);
    });
    expect(end()).toBe(START + 18 * MIN + 50 * MIN);
    expect(screen.getByTestId('schedule-delta').textContent).toContain('+8 min achter op schema');
    expect(screen.getByTestId('agenda-actual').textContent).toContain('8 min over');
  });

  it('says "on schedule" when the plan holds, and "ahead" after a short block', () => {
    vi.useFakeTimers();
    vi.setSystemTime(START + 2 * MIN);
    const view = viewAt('casus-a', run(), {
      visits: [
        { blockIndex: 0, enteredAt: START },
        { blockIndex: indexOf('casus-a'), enteredAt: START + 2 * MIN },
      ],
      timer: { status: 'idle', durationMs: 5 * MIN },
    });
    render(<Agenda view={view} onGoto={() => undefined} />);
    // Welcome took 2 of its 10 minutes: the forecast is 8 minutes early.
    expect(screen.getByTestId('schedule-delta').dataset.deltaMinutes).toBe('-8');
    expect(screen.getByTestId('schedule-delta').textContent).toContain('8 min voor op schema');
  });
});

describe('forecast with a timer not started', () => {
  it('counts the block from when it came on screen, not from now', async () => {
    const { forecastEnd, plannedEnd } = await import('../src/screens/facilitator/agenda/schedule');
    const MIN = 60_000;
    const start = 1_000_000;
    const input = {
      scenario: { blocks: [{ minutes: 10 }, { minutes: 20 }] },
      room: { startedAt: start },
      currentBlockIndex: 0,
      timer: { status: 'idle', durationMs: 10 * MIN } as const,
      visits: [{ blockIndex: 0, enteredAt: start }],
    };
    // Eight minutes into a ten-minute block whose timer was never started: on schedule.
    expect(forecastEnd(input, start + 8 * MIN)).toBe(plannedEnd(input));
    // Twelve minutes in: two minutes behind.
    expect(forecastEnd(input, start + 12 * MIN)! - plannedEnd(input)!).toBe(2 * MIN);
  });
});
