// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from '../src/router/Router';
import type { FacilitatorView } from '@samenspel/shared';
import { ActivityPanel } from '../src/screens/facilitator/activity/ActivityPanel';
import { Console } from '../src/screens/facilitator/Console';
import { useLanguage } from '../src/i18n/language';
import { useRoomStore } from '../src/state/roomStore';
import { recordingSend, run, viewAt } from './consoleFixtures';

beforeEach(() => {
  useRoomStore.getState().reset();
  useLanguage.getState().setLanguage('nl');
});
afterEach(cleanup);

const pollRun = (revealed: boolean) =>
  run({
    answered: 3,
    answeredBy: ['p1', 'p2', 'p3'],
    revealed,
    results: { kind: 'poll', respondents: 3, counts: { regels: 1, buurt: 2 } },
  });

function renderConsole(view: FacilitatorView, send = recordingSend()) {
  render(
    <MemoryRouter>
      <Console view={view} send={send} />
    </MemoryRouter>,
  );
  return send;
}

describe('live tallies', () => {
  it('shows the tally before it is revealed, marked as only for the facilitator', () => {
    render(<ActivityPanel view={viewAt('stem-a', pollRun(false))} send={recordingSend()} />);
    expect(screen.getByTestId('answered-count').textContent).toBe('3 van 4 klaar');
    const results = screen.getByTestId('results-private');
    expect(results.textContent).toContain('Alleen voor jou — nog niet op het scherm');
    const bars = within(results).getAllByTestId('poll-bar');
    expect(bars.map((bar) => [bar.dataset.optionId, bar.dataset.count])).toEqual([
      ['regels', '1'],
      ['buurt', '2'],
    ]);
    expect(screen.queryByTestId('results-public')).toBeNull();
  });

  it('reveals with the current block id, and says so once it is on screen', () => {
    const send = recordingSend();
    const { rerender } = render(
      <ActivityPanel view={viewAt('stem-a', pollRun(false))} send={send} />,
    );
    fireEvent.click(screen.getByTestId('results-reveal'));
    expect(send).toHaveBeenCalledWith({ type: 'results.reveal', blockId: 'stem-a' });

    rerender(<ActivityPanel view={viewAt('stem-a', pollRun(true))} send={send} />);
    expect(screen.getByTestId('results-public').textContent).toContain('Op het scherm');
    expect(screen.queryByTestId('results-reveal')).toBeNull();
    fireEvent.click(screen.getByTestId('results-hide'));
    expect(send).toHaveBeenLastCalledWith({ type: 'results.hide', blockId: 'stem-a' });
  });

  it('locks and unlocks, saying in words whether answers are open', () => {
    const send = recordingSend();
    const { rerender } = render(
      <ActivityPanel view={viewAt('stem-a', pollRun(false))} send={send} />,
    );
    expect(screen.getByTestId('answers-state').textContent).toContain('Antwoorden staan open');
    fireEvent.click(screen.getByTestId('answers-lock'));
    expect(send).toHaveBeenCalledWith({ type: 'answers.lock', blockId: 'stem-a' });

    rerender(
      <ActivityPanel view={viewAt('stem-a', { ...pollRun(false), locked: true })} send={send} />,
    );
    expect(screen.getByTestId('answers-state').textContent).toContain('Antwoorden zijn gesloten');
    fireEvent.click(screen.getByTestId('answers-unlock'));
    expect(send).toHaveBeenLastCalledWith({ type: 'answers.unlock', blockId: 'stem-a' });
  });

  it('puts the rounds of a repeated vote side by side, each with its perspective', () => {
    const view = viewAt('stem-b', pollRun(false), {
      rounds: [
        {
          blockId: 'stem-a',
          title: 'Wat doe je eerst?',
          perspective: 'bureaucraat',
          results: { kind: 'poll', respondents: 4, counts: { regels: 3, buurt: 1 } },
        },
        {
          blockId: 'stem-b',
          title: 'Wat doe je nu eerst?',
          perspective: 'verbinder',
          results: { kind: 'poll', respondents: 3, counts: { regels: 1, buurt: 2 } },
        },
      ],
    });
    view.runs['stem-a'] = run({ revealed: true });
    render(<ActivityPanel view={view} send={recordingSend()} />);
    const rounds = within(screen.getByTestId('rounds')).getAllByTestId('round');
    expect(rounds.map((r) => r.dataset.blockId)).toEqual(['stem-a', 'stem-b']);
    expect(rounds[0]!.textContent).toContain('De Bureaucraat');
    expect(rounds[0]!.textContent).toContain('Op het scherm');
    expect(rounds[1]!.textContent).toContain('De Verbinder');
    expect(rounds[1]!.textContent).toContain('Alleen voor jou');
    expect(rounds[1]!.getAttribute('aria-current')).toBe('step');
  });

  it('shows how many completed the whole statements list, next to the triangle', () => {
    const view = viewAt(
      'lijst',
      run({
        answered: 3,
        results: {
          kind: 'statements',
          respondents: 3,
          complete: 2,
          points: [
            { bureaucraat: 0.5, ondernemer: 0.25, verbinder: 0.25 },
            { bureaucraat: 0.2, ondernemer: 0.3, verbinder: 0.5 },
          ],
          mean: { bureaucraat: 0.35, ondernemer: 0.275, verbinder: 0.375 },
        },
      }),
    );
    render(<ActivityPanel view={view} send={recordingSend()} />);
    expect(screen.getByTestId('statements-complete').textContent).toBe('2 van 3 volledig ingevuld');
    expect(screen.getAllByTestId('ternary-point')).toHaveLength(2);
    expect(screen.getByTestId('ternary-mean-marker')).toBeTruthy();
  });
});

describe('reflections', () => {
  const reflectionView = () =>
    viewAt(
      'indruk',
      run({
        answered: 2,
        answeredBy: [],
        reflections: [
          {
            id: 'r-a',
            text: 'Ik ben meer verbinder dan ik dacht.',
            author: null,
            hidden: false,
            highlighted: true,
          },
          { id: 'r-b', text: 'Niets bijzonders.', author: null, hidden: true, highlighted: false },
        ],
      }),
    );

  it('shows an anonymous reflection as "Anoniem", never with a name', () => {
    renderConsole(reflectionView());
    const items = screen.getAllByTestId('reflection-item');
    for (const item of items) {
      expect(within(item).getByTestId('reflection-author').textContent).toBe('Anoniem');
      for (const name of ['Anna', 'Bram', 'Chris']) expect(item.textContent).not.toContain(name);
    }
    // Nor does the participant list give away who wrote: no answered marks in an anonymous block.
    expect(screen.queryByTestId('participant-answered')).toBeNull();
  });

  it('greys out hidden ones, counts the highlighted ones and moderates with both flags', () => {
    const send = recordingSend();
    render(<ActivityPanel view={reflectionView()} send={send} />);
    const [shown, hidden] = screen.getAllByTestId('reflection-item');
    expect(hidden!.dataset.hidden).toBe('true');
    expect(hidden!.className).toContain('console-reflection--hidden');
    expect(screen.getByTestId('highlight-count').dataset.count).toBe('1');

    fireEvent.click(within(shown!).getByTestId('reflection-highlight'));
    expect(send).toHaveBeenLastCalledWith({
      type: 'reflection.moderate',
      blockId: 'indruk',
      reflectionId: 'r-a',
      hidden: false,
      highlighted: false,
    });
    expect(
      (within(hidden!).getByTestId('reflection-highlight') as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(within(hidden!).getByTestId('reflection-hide'));
    expect(send).toHaveBeenLastCalledWith({
      type: 'reflection.moderate',
      blockId: 'indruk',
      reflectionId: 'r-b',
      hidden: false,
      highlighted: false,
    });
  });

  it('names the author of a named reflection as the server gives it', () => {
    const view = viewAt(
      'indruk',
      run({
        reflections: [
          { id: 'r-a', text: 'Mooi.', author: 'Anna', hidden: false, highlighted: false },
        ],
      }),
    );
    render(<ActivityPanel view={view} send={recordingSend()} />);
    expect(screen.getByTestId('reflection-author').textContent).toBe('Anna');
  });
});

describe('roles', () => {
  it('deals by the block rule, then sends the full map when one card is changed by hand', () => {
    const send = recordingSend();
    const dealt = run({
      roles: { p1: 'wethouder', p2: 'adviseur', p3: 'bewoner', p4: 'wethouder' },
    });
    render(<ActivityPanel view={viewAt('rollen', run())} send={send} />);
    expect(screen.getByTestId('roles-rule').textContent).toContain(
      'iedereen krijgt willekeurig een kaart',
    );
    expect(screen.queryByTestId('role-table')).toBeNull();
    fireEvent.click(screen.getByTestId('roles-deal'));
    expect(send).toHaveBeenCalledWith({ type: 'roles.assign', blockId: 'rollen' });

    cleanup();
    render(<ActivityPanel view={viewAt('rollen', dealt)} send={send} />);
    const rows = screen.getAllByTestId('role-row');
    expect(rows.map((r) => [r.dataset.participantId, r.dataset.cardId])).toEqual([
      ['p1', 'wethouder'],
      ['p2', 'adviseur'],
      ['p3', 'bewoner'],
      ['p4', 'wethouder'],
    ]);
    const save = screen.getByTestId('roles-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    // Dealing again would reshuffle everyone: it asks before it sends anything.
    send.mockClear();
    fireEvent.click(screen.getByTestId('roles-deal'));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByTestId('roles-deal-confirm')).toBeTruthy();
    fireEvent.click(screen.getByTestId('roles-deal-cancel'));
    fireEvent.change(within(rows[3]!).getByTestId('role-select'), { target: { value: 'bewoner' } });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    expect(send).toHaveBeenLastCalledWith({
      type: 'roles.assign',
      blockId: 'rollen',
      assignments: { p1: 'wethouder', p2: 'adviseur', p3: 'bewoner', p4: 'bewoner' },
    });
  });

  it('keeps the private brief folded away until asked', () => {
    render(<ActivityPanel view={viewAt('rollen', run())} send={recordingSend()} />);
    const card = screen.getAllByTestId('role-card')[0]!;
    const details = card.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toContain('De krant belde.');
  });

  it('by hand: a table of the room from the start, with the swap of round 1 as proposal', () => {
    const send = recordingSend();
    const view = viewAt('rollen-2', run());
    view.runs['rollen'] = run({ roles: { p1: 'wethouder', p2: 'adviseur' } });
    render(<ActivityPanel view={view} send={send} />);
    expect(screen.getByTestId('roles-rule').textContent).toContain(
      'de spelers van ronde “Rollenspel” ruilen hun kaart',
    );
    const rows = screen.getAllByTestId('role-row');
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.dataset.cardId === '')).toBe(true);
    // The anonymous participant is told apart by join order, not by a guessed name.
    expect(rows[3]!.textContent).toContain('Anoniem (deelnemer 4)');

    fireEvent.click(screen.getByTestId('roles-propose'));
    expect(send).toHaveBeenLastCalledWith({ type: 'roles.assign', blockId: 'rollen-2' });

    fireEvent.change(within(rows[0]!).getByTestId('role-select'), {
      target: { value: 'adviseur' },
    });
    fireEvent.change(within(rows[2]!).getByTestId('role-select'), { target: { value: 'bewoner' } });
    fireEvent.click(screen.getByTestId('roles-save'));
    expect(send).toHaveBeenLastCalledWith({
      type: 'roles.assign',
      blockId: 'rollen-2',
      assignments: { p1: 'adviseur', p3: 'bewoner' },
    });
  });
});

describe('groups and intentions', () => {
  it('forms groups and lists them by number with names', () => {
    const send = recordingSend();
    const view = viewAt(
      'tweetallen',
      run({
        groups: [
          ['p1', 'p4'],
          ['p2', 'p3'],
        ],
      }),
    );
    render(<ActivityPanel view={view} send={send} />);
    const groups = screen.getAllByTestId('group');
    expect(groups.map((g) => g.dataset.groupNumber)).toEqual(['1', '2']);
    expect(groups[0]!.textContent).toContain('Anna');
    expect(groups[0]!.textContent).toContain('Anoniem (deelnemer 4)');
    // Groups exist: forming again splits them up, so it asks first.
    fireEvent.click(screen.getByTestId('groups-form'));
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('groups-form-confirm'));
    expect(send).toHaveBeenCalledWith({ type: 'groups.form', blockId: 'tweetallen' });
  });

  it('forms the first groups in one click', () => {
    const send = recordingSend();
    render(<ActivityPanel view={viewAt('tweetallen', run())} send={send} />);
    fireEvent.click(screen.getByTestId('groups-form'));
    expect(send).toHaveBeenCalledWith({ type: 'groups.form', blockId: 'tweetallen' });
  });

  it('shows only how many wrote an intention', () => {
    render(
      <ActivityPanel
        view={viewAt('voornemen', run({ answered: 2, answeredBy: ['p1', 'p2'] }))}
        send={recordingSend()}
      />,
    );
    expect(screen.getByTestId('answered-count').textContent).toBe('2 van 4 klaar');
    expect(screen.getByTestId('intentions-note')).toBeTruthy();
    expect(screen.queryByTestId('results-reveal')).toBeNull();
  });
});

describe('console', () => {
  it('tells who finished a stellingenlijst from who is still busy with it, in the count and the list', () => {
    renderConsole(
      viewAt(
        'lijst',
        run({
          answered: 3,
          answeredBy: ['p1', 'p2', 'p3'],
          progress: { complete: 2, started: 1 },
          completeBy: ['p1', 'p3'],
        }),
      ),
    );
    expect(screen.getByTestId('answered-count').textContent).toBe('2 van 4 klaar · 1 bezig');
    const marks = screen
      .getAllByTestId('participant-row')
      .map((row) => [
        row.dataset.participantId,
        within(row).queryByTestId('participant-answered') ? 'klaar' : null,
        within(row).queryByTestId('participant-started')?.textContent ?? null,
      ]);
    expect(marks).toEqual([
      ['p1', 'klaar', null],
      ['p2', null, 'bezig'],
      ['p3', 'klaar', null],
      ['p4', null, null],
    ]);
  });

  it('marks who answered the current question in the participant list', () => {
    renderConsole(viewAt('stem-a', run({ answered: 2, answeredBy: ['p1', 'p3'] })));
    const marked = screen
      .getAllByTestId('participant-row')
      .filter((row) => within(row).queryByTestId('participant-answered'))
      .map((row) => row.dataset.participantId);
    expect(marked).toEqual(['p1', 'p3']);
  });

  it('locks with L and reveals with R, and lists the shortcuts under ?', () => {
    const send = renderConsole(viewAt('stem-a', pollRun(false)));
    fireEvent.keyDown(window, { key: 'l' });
    expect(send).toHaveBeenLastCalledWith({ type: 'answers.lock', blockId: 'stem-a' });
    fireEvent.keyDown(window, { key: 'r' });
    expect(send).toHaveBeenLastCalledWith({ type: 'results.reveal', blockId: 'stem-a' });

    const help = screen.getByTestId('shortcuts');
    expect(help.hidden).toBe(true);
    fireEvent.keyDown(window, { key: '?', shiftKey: true });
    expect(help.hidden).toBe(false);
    expect(screen.getByTestId('shortcuts-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(help.textContent).toContain('Antwoorden sluiten of weer openen');
  });

  it('ignores L and R where there is nothing to lock or reveal', () => {
    const send = renderConsole(viewAt('welkom', run()));
    fireEvent.keyDown(window, { key: 'l' });
    fireEvent.keyDown(window, { key: 'r' });
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByTestId('activity-none')).toBeTruthy();
  });
});
