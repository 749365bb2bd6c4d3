// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import {
  blockContent,
  ScenarioSchema,
  type BlockContent,
  type BlockView,
  type PresenterLive,
  type PresenterView,
  type RoomInfo,
  type RoundResults,
  type Timer,
} from '@samenspel/shared';
import { PresenterRunning } from '../src/screens/presenter/PresenterRunning';
import { PresenterLobby } from '../src/screens/presenter/PresenterLobby';
import { PresenterEnded } from '../src/screens/presenter/PresenterEnded';
import { useRoomStore } from '../src/state/roomStore';

const room = (status: RoomInfo['status']): RoomInfo => ({
  roomId: 'r1',
  code: 'K7W4PX',
  title: 'Bestuurlijke sensitiviteit',
  language: 'nl',
  groupName: 'Gemeente Bremerveen',
  status,
  createdAt: 0,
  startedAt: status === 'lobby' ? null : 1,
  endedAt: status === 'ended' ? 2 : null,
  joinsClosedAt: null,
});

const quiet: PresenterLive = {
  answered: 0,
  progress: { complete: 0, started: 0 },
  locked: false,
  revealed: false,
  results: null,
  rounds: [],
  highlighted: [],
  roleCounts: null,
  groupCount: null,
  cases: null,
};

function blockOf(content: BlockContent, extra: Partial<BlockView> = {}): BlockView {
  return {
    index: 4,
    id: `${content.kind}-1`,
    title: `Een ${content.kind}`,
    kind: content.kind,
    minutes: 10,
    text: null,
    perspective: content.kind === 'casus' ? content.perspective : null,
    content,
    ...extra,
  };
}

function viewOf(
  block: BlockView,
  live: Partial<PresenterLive> = {},
  timer: Timer | null = null,
): PresenterView {
  return {
    role: 'presenter',
    room: room('running'),
    block,
    blockCount: 27,
    timer,
    headcount: { members: 12, connected: 11 },
    // A count of answers alone stands for that many finished ones.
    live: {
      ...quiet,
      progress: { complete: live.answered ?? 0, started: 0 },
      ...live,
    },
  };
}

function show(view: PresenterView) {
  if (!view.block) throw new Error('no block');
  return render(<PresenterRunning view={view} block={view.block} />);
}

const advice: Extract<BlockContent, { kind: 'poll' }> = {
  kind: 'poll',
  question: 'Wat adviseer jij de wethouder?',
  multiple: false,
  options: [
    { id: 'doorzetten', label: 'Doorzetten' },
    { id: 'uitstellen', label: 'Uitstellen' },
    { id: 'knippen', label: 'Knippen' },
  ],
};

const round = (
  blockId: string,
  title: string,
  perspective: RoundResults['perspective'],
  counts: Record<string, number>,
): RoundResults => ({
  blockId,
  title,
  perspective,
  results: {
    kind: 'poll',
    respondents: Object.values(counts).reduce((a, b) => a + b, 0),
    counts,
  },
});

beforeEach(() => useRoomStore.getState().reset());
afterEach(cleanup);

describe('the projector frame', () => {
  it('always shows the kind, the place in the programme, the title and the timer', () => {
    show(
      viewOf(blockOf(advice), {}, { status: 'paused', durationMs: 600_000, remainingMs: 90_000 }),
    );
    const block = screen.getByTestId('presenter-block');
    expect(block.dataset.kind).toBe('poll');
    expect(screen.getByTestId('block-progress').textContent).toBe('Onderdeel 5 van 27');
    expect(screen.getByTestId('block-title').textContent).toBe('Een poll');
    expect(screen.getByTestId('timer-remaining').textContent).toBe('1:30');
    expect(screen.getByTestId('timer-state').textContent).toBe('Gepauzeerd');
  });

  it('says in words when the time is up', () => {
    show(viewOf(blockOf(advice), {}, { status: 'expired', durationMs: 600_000, expiredAt: 5 }));
    expect(screen.getByTestId('timer').dataset.timerStatus).toBe('expired');
    expect(screen.getByTestId('timer-state').textContent).toBe('De tijd is om');
  });
});

describe('a poll on the projector', () => {
  it('shows the question, the options and the count, and no results before the reveal', () => {
    show(viewOf(blockOf(advice), { answered: 7 }));
    expect(screen.getByTestId('presenter-question').textContent).toBe(advice.question);
    expect(screen.getAllByTestId('presenter-option').map((o) => o.textContent)).toEqual([
      'Doorzetten',
      'Uitstellen',
      'Knippen',
    ]);
    const answered = screen.getByTestId('presenter-answered');
    expect(answered.textContent).toBe('7 van 12 hebben gestemd');
    expect(answered.dataset.answered).toBe('7');
    expect(screen.queryByTestId('presenter-results')).toBeNull();
    expect(screen.queryByTestId('poll-chart')).toBeNull();
  });

  it('shows nothing of a tally that is not revealed, even if one were sent', () => {
    const counts = { doorzetten: 5, uitstellen: 2, knippen: 0 };
    show(viewOf(blockOf(advice), { results: { kind: 'poll', respondents: 7, counts } }));
    expect(screen.queryByTestId('presenter-results')).toBeNull();
    expect(screen.queryByTestId('poll-bar')).toBeNull();
  });

  it('says "heeft" for a single vote', () => {
    show(viewOf(blockOf(advice), { answered: 1 }));
    expect(screen.getByTestId('presenter-answered').textContent).toBe('1 van 12 heeft gestemd');
  });

  it('draws the tally with the right counts once revealed', () => {
    const counts = { doorzetten: 5, uitstellen: 2, knippen: 0 };
    show(
      viewOf(blockOf(advice), {
        answered: 7,
        revealed: true,
        results: { kind: 'poll', respondents: 7, counts },
      }),
    );
    const results = screen.getByTestId('presenter-results');
    const bars = within(results).getAllByTestId('poll-bar');
    expect(bars.map((bar) => [bar.dataset.optionId, bar.dataset.count])).toEqual([
      ['doorzetten', '5'],
      ['uitstellen', '2'],
      ['knippen', '0'],
    ]);
    expect(bars[0]?.textContent).toContain('5 (71%)');
    expect(results.textContent).toContain('7 deelnemers stemden');
    expect(screen.queryByTestId('presenter-answered')).toBeNull();
  });

  it('draws every bar as its share of the voters, on an axis to 100%, alone and in rounds', () => {
    // 3 of 10 for the top answer: a bar of 30%, not a full one.
    const counts = { doorzetten: 3, uitstellen: 1, knippen: 0 };
    const fills = () =>
      screen
        .getAllByTestId('poll-bar')
        .map((bar) => (bar.querySelector('.bars__fill') as HTMLElement).style.width);
    show(
      viewOf(blockOf(advice), {
        revealed: true,
        results: { kind: 'poll', respondents: 10, counts },
      }),
    );
    expect(fills()).toEqual(['30%', '10%', '0%']);
    cleanup();
    const rounds = [
      round('stem-bureaucraat', 'Stemronde 1', 'bureaucraat', { doorzetten: 3, uitstellen: 1 }),
      round('stem-verbinder', 'Stemronde 2', 'verbinder', { doorzetten: 3, uitstellen: 1 }),
    ];
    show(
      viewOf(blockOf(advice, { id: 'stem-verbinder' }), {
        revealed: true,
        results: { kind: 'poll', respondents: 4, counts },
        rounds,
      }),
    );
    // The same rule in the rounds: 3 of 4 is 75%.
    expect(fills().slice(0, 3)).toEqual(['75%', '25%', '0%']);
  });

  it('puts the revealed rounds of a returning vote side by side, each with its lens', () => {
    const rounds = [
      round('stem-bureaucraat', 'Stemronde 1', 'bureaucraat', { doorzetten: 1, uitstellen: 6 }),
      round('stem-ondernemer', 'Stemronde 2', 'ondernemer', { doorzetten: 6, knippen: 1 }),
      round('stem-verbinder', 'Stemronde 3', 'verbinder', { uitstellen: 2, knippen: 5 }),
    ];
    const current = rounds[2]?.results ?? null;
    show(
      viewOf(blockOf(advice, { id: 'stem-verbinder' }), {
        revealed: true,
        results: current,
        rounds,
      }),
    );
    const list = screen.getByTestId('presenter-rounds');
    const shown = within(list).getAllByTestId('presenter-round');
    expect(shown.map((r) => r.dataset.blockId)).toEqual([
      'stem-bureaucraat',
      'stem-ondernemer',
      'stem-verbinder',
    ]);
    expect(shown.map((r) => r.dataset.current)).toEqual(['false', 'false', 'true']);
    expect(
      shown.map((r) => within(r).getByTestId('presenter-round-perspective').textContent),
    ).toEqual(['De Bureaucraat', 'De Ondernemer', 'De Verbinder']);
    // Each round is its own chart, with that round's counts.
    const countsOf = (r: HTMLElement) =>
      within(r)
        .getAllByTestId('poll-bar')
        .map((bar) => Number(bar.dataset.count));
    expect(shown.map(countsOf)).toEqual([
      [1, 6, 0],
      [6, 0, 1],
      [0, 2, 5],
    ]);
    expect(within(shown[0] as HTMLElement).getByRole('heading').textContent).toBe('Stemronde 1');
  });

  it('keeps earlier rounds off the screen while the current round is still open', () => {
    const rounds = [
      round('stem-bureaucraat', 'Stemronde 1', 'bureaucraat', { doorzetten: 1 }),
      round('stem-ondernemer', 'Stemronde 2', 'ondernemer', { knippen: 1 }),
    ];
    show(viewOf(blockOf(advice, { id: 'stem-verbinder' }), { answered: 3, rounds }));
    expect(screen.queryByTestId('presenter-rounds')).toBeNull();
    expect(screen.queryByTestId('presenter-results')).toBeNull();
    expect(screen.getByTestId('presenter-answered').dataset.answered).toBe('3');
  });
});

describe('a scale on the projector', () => {
  const thermometer: Extract<BlockContent, { kind: 'scale' }> = {
    kind: 'scale',
    points: 5,
    statements: [
      { id: 'a', text: 'Ik weet wat mijn bestuurder bezighoudt.' },
      { id: 'b', text: 'Ik spreek mijn bestuurder tegen.' },
    ],
  };

  it('lists the statements and counts, without results, before the reveal', () => {
    show(viewOf(blockOf(thermometer), { answered: 4 }));
    expect(screen.getByTestId('presenter-statements').textContent).toContain(
      'Ik spreek mijn bestuurder tegen.',
    );
    expect(screen.getByTestId('presenter-answered').textContent).toBe('4 van 12 zijn klaar');
    expect(screen.queryByTestId('scale-chart')).toBeNull();
  });

  it('shows a baseline and its repeat side by side, without claiming a lens for either', () => {
    const scaleRound = (
      blockId: string,
      title: string,
      perspective: RoundResults['perspective'],
    ) => ({
      blockId,
      title,
      perspective,
      results: {
        kind: 'scale' as const,
        respondents: 2,
        statements: {
          a: { counts: [0, 0, 1, 1, 0], mean: 3.5 },
          b: { counts: [1, 1, 0, 0, 0], mean: 1.5 },
        },
      },
    });
    const rounds = [
      scaleRound('nulmeting', 'Nulmeting', null),
      scaleRound('nameting', 'Nameting', 'verbinder'),
    ];
    show(
      viewOf(blockOf(thermometer, { id: 'nameting' }), {
        revealed: true,
        results: rounds[1]?.results ?? null,
        rounds,
      }),
    );
    expect(screen.getAllByTestId('presenter-round')).toHaveLength(2);
    expect(screen.getAllByTestId('scale-chart')).toHaveLength(2);
    expect(screen.queryByTestId('presenter-round-perspective')).toBeNull();
  });
});

describe('the stellingenlijst on the projector', () => {
  const list: Extract<BlockContent, { kind: 'statements' }> = {
    kind: 'statements',
    points: 5,
    items: Array.from({ length: 24 }, (_, i) => ({ id: `s${i}`, text: `Uitspraak ${i}` })),
  };

  it('counts who started and shows no spread before the reveal', () => {
    show(viewOf(blockOf(list), { answered: 9 }));
    expect(screen.getByTestId('presenter-answered').dataset.answered).toBe('9');
    expect(screen.queryByTestId('ternary-chart')).toBeNull();
  });

  it('tells finished lists from lists still being filled in', () => {
    // Twelve finished, three at 20 of 24: those three are not done.
    show(viewOf(blockOf(list), { answered: 15, progress: { complete: 12, started: 3 } }));
    const meter = screen.getByTestId('presenter-answered');
    expect(meter.textContent).toBe('12 van 12 hebben de lijst af · 3 nog bezig');
    expect(meter.dataset.complete).toBe('12');
    expect(meter.dataset.started).toBe('3');
    cleanup();
    show(viewOf(blockOf(list), { answered: 1, progress: { complete: 1, started: 0 } }));
    expect(screen.getByTestId('presenter-answered').textContent).toBe('1 van 12 heeft de lijst af');
    expect(screen.queryByTestId('presenter-started')).toBeNull();
  });

  it('shows the anonymous spread, the mean and a legend of the three types once revealed', () => {
    const points = [
      { bureaucraat: 0.5, ondernemer: 0.25, verbinder: 0.25 },
      { bureaucraat: 0.2, ondernemer: 0.3, verbinder: 0.5 },
    ];
    show(
      viewOf(blockOf(list), {
        revealed: true,
        results: {
          kind: 'statements',
          // Three started, two finished: only finished lists are points.
          respondents: 3,
          complete: 2,
          points,
          mean: { bureaucraat: 0.35, ondernemer: 0.275, verbinder: 0.375 },
        },
      }),
    );
    expect(screen.getAllByTestId('ternary-point')).toHaveLength(2);
    expect(screen.getByTestId('ternary-mean-marker')).toBeTruthy();
    const legend = screen.getByTestId('presenter-type-legend');
    expect(legend.textContent).toContain('Bureaucraat');
    expect(legend.textContent).toContain('Ondernemer');
    expect(legend.textContent).toContain('Verbinder');
    expect(screen.getByTestId('presenter-mean-verbinder').textContent).toBe('groep: 38%');
    expect(screen.getByTestId('presenter-results').textContent).toContain(
      'Helemaal ingevuld: 2 van 3 lijsten. Alleen volledige lijsten staan in het beeld.',
    );
  });

  it('shows the group then and now when the list repeats an earlier measurement', () => {
    const thenMean = { bureaucraat: 0.5, ondernemer: 0.25, verbinder: 0.25 };
    const nowMean = { bureaucraat: 0.3, ondernemer: 0.3, verbinder: 0.4 };
    const results = (mean: typeof thenMean) => ({
      kind: 'statements' as const,
      respondents: 2,
      complete: 2,
      points: [mean, mean],
      mean,
    });
    show(
      viewOf(blockOf(list), {
        revealed: true,
        results: results(nowMean),
        rounds: [
          {
            blockId: 'dag-1',
            title: 'Nulmeting op dag 1',
            perspective: null,
            results: results(thenMean),
          },
          {
            blockId: 'statements-1',
            title: 'Opnieuw',
            perspective: null,
            results: results(nowMean),
          },
        ],
      }),
    );
    expect(screen.getByTestId('ternary-earlier-marker')).toBeTruthy();
    expect(screen.getByTestId('ternary-earlier').textContent).toBe(
      'Bij de vorige meting: Bureaucraat 50%, Ondernemer 25%, Verbinder 25%.',
    );
    expect(screen.getByTestId('presenter-then-bureaucraat').textContent).toBe('toen 50%');
    expect(screen.getByTestId('presenter-mean-bureaucraat').textContent).toBe('groep: 30%');
    expect(screen.getByTestId('presenter-then').textContent).toContain('Nulmeting op dag 1');
  });
});

describe('a reflection on the projector', () => {
  const reflection: Extract<BlockContent, { kind: 'reflection' }> = {
    kind: 'reflection',
    prompt: 'Wat viel je op aan je profiel?',
    anonymous: true,
    maxLength: 1000,
  };

  it('shows the prompt and the count', () => {
    show(viewOf(blockOf(reflection), { answered: 5 }));
    expect(screen.getByTestId('presenter-prompt').textContent).toBe(reflection.prompt);
    expect(screen.getByTestId('presenter-answered').textContent).toBe(
      '5 van 12 hebben iets geschreven',
    );
    expect(screen.queryByTestId('presenter-highlights')).toBeNull();
  });

  it('shows highlighted reflections as quotes, with their text and nothing else', () => {
    const highlighted = [
      { id: 'r-1', text: 'Ik ben meer Bureaucraat dan ik dacht.' },
      { id: 'r-2', text: 'Mijn wethouder is een Ondernemer.' },
    ];
    show(viewOf(blockOf(reflection), { answered: 5, highlighted }));
    const quotes = screen.getAllByTestId('presenter-highlight');
    expect(quotes.map((q) => q.dataset.reflectionId)).toEqual(['r-1', 'r-2']);
    // Exactly the text: no author line, no name, no time.
    expect(quotes.map((q) => q.textContent)).toEqual(highlighted.map((h) => h.text));
    expect(quotes[0]?.querySelector('cite, footer, figcaption')).toBeNull();
  });
});

describe('role cards on the projector', () => {
  const scenario = ScenarioSchema.parse({
    id: 'rollen',
    title: 'Rollen',
    minutes: 10,
    blocks: [
      {
        id: 'spel',
        kind: 'roles',
        title: 'Rollenspel',
        minutes: 10,
        cards: [
          {
            id: 'wethouder',
            name: 'Wethouder',
            public: 'Wil een besluit.',
            brief: 'GEHEIM: de krant belde vanochtend.',
          },
          {
            id: 'adviseur',
            name: 'Adviseur',
            public: 'Schrijft het advies.',
            brief: 'GEHEIM: het bodemrapport is binnen.',
          },
          {
            id: 'bewoner',
            name: 'Bewoner',
            public: 'Woont naast het veldje.',
            brief: 'GEHEIM: je bent niet tegen.',
          },
        ],
      },
    ],
  });
  const spel = scenario.blocks[0];
  if (!spel) throw new Error('no block');
  // The content as the projection builds it from the scenario, briefs and all.
  const content = blockContent(scenario, spel);

  it('shows each card with how many play it, and never a brief', () => {
    const { container } = show(
      viewOf(blockOf(content), { roleCounts: { wethouder: 2, adviseur: 1 } }),
    );
    const cards = screen.getAllByTestId('presenter-role');
    expect(cards.map((c) => [c.dataset.cardId, c.dataset.count])).toEqual([
      ['wethouder', '2'],
      ['adviseur', '1'],
      ['bewoner', '0'],
    ]);
    expect(cards[0]?.textContent).toContain('Wethouder');
    expect(cards[0]?.textContent).toContain('Wil een besluit.');
    expect(cards[0]?.textContent).toContain('2 spelers');
    expect(cards[1]?.textContent).toContain('1 speler');
    expect(container.textContent).not.toContain('GEHEIM');
  });

  it('says the roles are still to be dealt', () => {
    show(viewOf(blockOf(content)));
    expect(screen.getByTestId('presenter-roles-status').textContent).toBe(
      'De rollen worden zo verdeeld.',
    );
    expect(screen.getAllByTestId('presenter-role').map((c) => c.dataset.count)).toEqual([
      '0',
      '0',
      '0',
    ]);
  });
});

describe('the other kinds on the projector', () => {
  it('shows a casus with its lens in words and the case text', () => {
    show(
      viewOf(
        blockOf(
          {
            kind: 'casus',
            caseText: '## Flexwonen\n\nDe wethouder wil **snel** bouwen.',
            perspective: 'ondernemer',
          },
          { text: '# Ronde 2\n\nResultaat telt.' },
        ),
      ),
    );
    const lens = screen.getByTestId('presenter-perspective');
    expect(lens.dataset.perspective).toBe('ondernemer');
    expect(lens.textContent).toContain('Door de ogen van de Ondernemer');
    const sheet = screen.getByTestId('presenter-case');
    expect(sheet.querySelector('strong')?.textContent).toBe('snel');
    // The slide's own "# Ronde 2" heading gives way to the block title.
    expect(screen.getByTestId('block-text').textContent).toBe('Resultaat telt.');
  });

  it('draws a Markdown table on an info slide as a table', () => {
    show(
      viewOf(
        blockOf(
          { kind: 'info' },
          { text: '| Bestuurlijk | Ambtelijk |\n| --- | --- |\n| Timing | **Feiten** |' },
        ),
      ),
    );
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Bestuurlijk', 'Ambtelijk']);
    expect(within(table).getByText('Feiten').tagName).toBe('STRONG');
  });

  it('counts the groups once formed', () => {
    show(
      viewOf(blockOf({ kind: 'groups', size: 2, prompt: 'Vertel je buur.' }), { groupCount: 6 }),
    );
    const groups = screen.getByTestId('presenter-groups');
    expect(groups.textContent).toContain('6 groepen');
    expect(groups.textContent).toContain('in tweetallen');
    expect(groups.dataset.count).toBe('6');
  });

  it('tells when the break ends on the wall clock, to the minute', () => {
    const endsAt = new Date(2025, 2, 10, 10, 44, 40).getTime();
    show(
      viewOf(
        blockOf({ kind: 'break' }, { text: '# Pauze\n\nStraks: ronde twee.' }),
        {},
        {
          status: 'running',
          durationMs: 900_000,
          endsAt,
        },
      ),
    );
    expect(screen.getByTestId('presenter-break-until').textContent).toBe('Pauze tot 10:45');
    // One clock, the big one.
    expect(screen.getAllByTestId('timer')).toHaveLength(1);
    expect(screen.getByTestId('presenter-break').textContent).toContain('Straks: ronde twee.');
  });

  it('counts intentions without showing them', () => {
    show(
      viewOf(blockOf({ kind: 'intentions', prompt: 'Wat ga je anders doen?', max: 2 }), {
        answered: 3,
      }),
    );
    expect(screen.getByTestId('presenter-prompt').textContent).toBe('Wat ga je anders doen?');
    expect(screen.getByTestId('presenter-answered').textContent).toBe(
      '3 van 12 hebben een voornemen',
    );
  });
});

describe('lobby and closing', () => {
  const lobby: PresenterView = {
    role: 'presenter',
    room: room('lobby'),
    block: null,
    blockCount: 27,
    timer: null,
    headcount: { members: 3, connected: 3 },
    live: null,
  };

  it('shows the code, a QR code and who is in', () => {
    render(<PresenterLobby view={lobby} />);
    const code = screen.getByTestId('join-code');
    // Read once by a screen reader (hidden text), shown as tiles to the eye.
    expect(code.querySelector('.visually-hidden')?.textContent).toBe('K7W-4PX');
    expect([...code.querySelectorAll('.lobby__char')].map((c) => c.textContent).join('')).toBe(
      'K7W4PX',
    );
    expect(screen.getByTestId('headcount').textContent).toBe('3 deelnemers binnen');
  });

  it('closes warmly', () => {
    render(<PresenterEnded view={{ ...lobby, room: room('ended') }} />);
    expect(screen.getByTestId('presenter-ended').textContent).toBe('Dank jullie wel!');
    expect(screen.getByText('Met 3 deelnemers')).toBeTruthy();
  });
});
