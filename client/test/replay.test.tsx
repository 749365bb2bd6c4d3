// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from '../src/router/Router';
import {
  foldRoom,
  projectForFacilitator,
  projectForPresenter,
  type RoomEvent,
  type TrainerNote,
} from '@samenspel/shared';
import { inThreadEngine } from '../src/screens/replay/engine/inThreadEngine';
import { ReplayPage } from '../src/screens/replay/ReplayPage';
import { describeLog } from '../src/screens/replay/replayLog';
import { pollLog, SEQ } from './replayFixtures';

let events: RoomEvent[];
let posted: unknown[];
let notes: TrainerNote[];

beforeAll(() => {
  // jsdom has no canvas; the timeline's picture is not what these tests look at.
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null });
});

beforeEach(() => {
  events = pollLog();
  posted = [];
  notes = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      if (url === '/api/rooms/r_replay/notes' && method === 'POST') {
        const body = JSON.parse(String(init?.body)) as { atSeq: number; text: string };
        posted.push(body);
        const note: TrainerNote = {
          id: `n_${posted.length}`,
          roomId: 'r_replay',
          createdAt: 1,
          ...body,
        };
        notes.push(note);
        return new Response(JSON.stringify(note), { status: 201 });
      }
      if (url === '/api/rooms/r_replay/notes') return new Response(JSON.stringify(notes));
      if (method === 'DELETE') return new Response(null, { status: 204 });
      return new Response('{}', { status: 404 });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderReplay() {
  const log = describeLog('r_replay', events);
  const engine = inThreadEngine(events);
  render(
    <MemoryRouter>
      <ReplayPage
        log={log}
        engine={engine}
        token="session-token"
        onUnauthorized={() => undefined}
        loadMs={1}
        initialSeq={1}
      />
    </MemoryRouter>,
  );
  return { timeline: screen.getByTestId('replay-timeline') };
}

const seqOf = (element: HTMLElement) => Number(element.dataset.seq);
const presenter = () => screen.getByTestId('replay-presenter');
const console_ = () => screen.getByTestId('replay-console');
const press = (key: string, shiftKey = false) =>
  fireEvent.keyDown(screen.getByTestId('replay-timeline'), { key, shiftKey });

/** Moves the playhead to a seq with the keyboard, as a trainer would. */
function goTo(seq: number) {
  press('Home');
  for (let i = 1; i < seq; i++) press('ArrowRight');
}

describe('the replay', () => {
  it('starts at the first event, a slider over the whole log', () => {
    const { timeline } = renderReplay();
    expect(timeline.getAttribute('role')).toBe('slider');
    expect(timeline.getAttribute('aria-valuemin')).toBe('1');
    expect(timeline.getAttribute('aria-valuemax')).toBe(String(events.length));
    expect(timeline.getAttribute('aria-valuenow')).toBe('1');
    expect(timeline.getAttribute('aria-valuetext')).toContain('Wachtruimte');
    expect(timeline.dataset.length).toBe(String(events.length));
    expect(within(presenter()).getByTestId('presenter-lobby')).toBeTruthy();
  });

  it('shows at every seq exactly what the projections of the log up to it give', () => {
    renderReplay();
    press('Home');
    for (let seq = 1; seq <= events.length; seq++) {
      if (seq > 1) press('ArrowRight');
      const expected = projectForPresenter(foldRoom(events.slice(0, seq)));
      const facilitator = projectForFacilitator(foldRoom(events.slice(0, seq)));
      expect(seqOf(presenter()), `seq ${seq}`).toBe(seq);
      expect(seqOf(console_())).toBe(seq);
      const shown = within(presenter());
      if (expected.room.status === 'ended') {
        expect(shown.getByTestId('presenter-ended')).toBeTruthy();
      } else if (expected.block) {
        expect(shown.getByTestId('block-title').textContent, `seq ${seq}`).toBe(
          expected.block.title,
        );
      } else {
        expect(shown.getByTestId('presenter-lobby')).toBeTruthy();
      }
      // The console's headcount and status, from the facilitator's projection.
      const headcount = within(console_()).getByTestId('headcount');
      expect(headcount.dataset.members).toBe(String(facilitator.headcount.members));
      expect(within(console_()).getByTestId('room-status').dataset.status).toBe(
        facilitator.room.status,
      );
    }
  });

  it('shows the votes as they stood: hidden on screen until the reveal, then the counts', () => {
    renderReplay();
    goTo(SEQ.bramChanges - 1);
    // Before the reveal the projector shows how many voted, never how.
    expect(within(presenter()).queryByTestId('poll-chart')).toBeNull();
    expect(within(presenter()).getByTestId('presenter-answered').dataset.answered).toBe('3');
    // The console sees the tally as it stood: Bram still on "mailen".
    const before = within(console_()).getAllByTestId('poll-bar');
    expect(before.map((bar) => bar.dataset.count)).toEqual(['2', '1']);

    press('ArrowRight');
    expect(
      within(console_())
        .getAllByTestId('poll-bar')
        .map((bar) => bar.dataset.count),
    ).toEqual(['3', '0']);

    goTo(SEQ.revealed);
    const expected = projectForPresenter(foldRoom(events.slice(0, SEQ.revealed)));
    if (expected.live?.results?.kind !== 'poll') throw new Error('expected poll results');
    const bars = within(presenter()).getAllByTestId('poll-bar');
    expect(bars.map((bar) => [bar.dataset.optionId, Number(bar.dataset.count)])).toEqual(
      Object.entries(expected.live.results.counts),
    );
    expect(bars.map((bar) => bar.dataset.count)).toEqual(['3', '0']);
  });

  it('steps one event forward and back, and the inspector follows', () => {
    const { timeline } = renderReplay();
    goTo(5);
    fireEvent.click(screen.getByTestId('replay-step-forward'));
    expect(seqOf(timeline)).toBe(6);
    expect(seqOf(presenter())).toBe(6);
    const current = screen
      .getAllByTestId('replay-event')
      .filter((row) => row.dataset.current === 'true');
    expect(current.map((row) => [row.dataset.seq, row.dataset.type])).toEqual([
      ['6', 'block_entered'],
    ]);
    expect(current[0]!.getAttribute('aria-current')).toBe('true');
    fireEvent.click(screen.getByTestId('replay-step-back'));
    fireEvent.click(screen.getByTestId('replay-step-back'));
    expect(seqOf(timeline)).toBe(4);
    expect(screen.getByTestId('replay-time').dataset.seq).toBe('4');
  });

  it('moves block by block with Shift and to either end with Home and End', () => {
    const { timeline } = renderReplay();
    press('ArrowRight', true);
    expect(seqOf(timeline)).toBe(SEQ.welcome);
    press('ArrowRight', true);
    expect(seqOf(timeline)).toBe(SEQ.poll);
    press('ArrowRight');
    press('ArrowLeft', true);
    expect(seqOf(timeline)).toBe(SEQ.poll);
    press('End');
    expect(seqOf(timeline)).toBe(events.length);
    expect(within(presenter()).getByTestId('presenter-ended')).toBeTruthy();
  });

  it('shows the console read-only: every control there is disabled', () => {
    renderReplay();
    goTo(SEQ.bramChanges);
    const buttons = within(console_()).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons)
      expect((button as HTMLButtonElement).matches(':disabled')).toBe(true);
    expect(within(console_()).queryByTestId('block-next')).toBeNull();
    expect(within(console_()).queryByTestId('session-end')).toBeNull();
  });

  it('saves a note at the current seq and puts it on the timeline and in the list', async () => {
    renderReplay();
    goTo(SEQ.revealed);
    fireEvent.change(screen.getByTestId('note-input'), {
      target: { value: 'Hier draaide Bram om: vragen waarom.' },
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('note-save'));
    });
    expect(posted).toEqual([{ atSeq: SEQ.revealed, text: 'Hier draaide Bram om: vragen waarom.' }]);
    const note = await screen.findByTestId('note');
    expect(note.dataset.seq).toBe(String(SEQ.revealed));
    expect(screen.getByTestId('replay-timeline-note').dataset.seq).toBe(String(SEQ.revealed));

    // Jump back to it from elsewhere.
    press('Home');
    fireEvent.click(within(note).getByTestId('note-jump'));
    expect(seqOf(screen.getByTestId('replay-timeline'))).toBe(SEQ.revealed);

    await act(async () => {
      fireEvent.click(within(note).getByTestId('note-delete'));
    });
    await waitFor(() => expect(screen.queryByTestId('note')).toBeNull());
  });
});
