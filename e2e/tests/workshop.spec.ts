import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { IDEAL_TYPES, profileOf, type PerType, type Profile } from '@samenspel/shared';
import { checkScreen } from '../support/axe.js';
import {
  answerPoll,
  answerScale,
  secondsLeft,
  writeIntentions,
  writeReflection,
} from '../support/phone.js';
import { leaks, perTypeTriples, sameTriple, type Secret } from '../support/privacy.js';
import { Room, type Phone, type PhoneSpec } from '../support/room.js';
import { loadScenario, onlyBlock, paragraphs } from '../support/scenario.js';

// ── The programme, read from scenarios/demo.yaml ─────────────────────────────────────────────
const demo = loadScenario('demo');
const welcome = onlyBlock(demo, 'info');
const casus = onlyBlock(demo, 'casus');
const poll = onlyBlock(demo, 'poll');
const scale = onlyBlock(demo, 'scale');
const statements = onlyBlock(demo, 'statements');
const reflection = onlyBlock(demo, 'reflection');
const roles = onlyBlock(demo, 'roles');
const groups = onlyBlock(demo, 'groups');
const pause = onlyBlock(demo, 'break');
const intentions = onlyBlock(demo, 'intentions');
const PROGRAMME = [
  welcome,
  casus,
  poll,
  scale,
  statements,
  reflection,
  roles,
  groups,
  pause,
  intentions,
];
const cards = roles.cards ?? [];

// ── Who is in the room and what each of them does ────────────────────────────────────────────
/** One participant's day. Options and statements are picked by their place in the file. */
interface Person extends PhoneSpec {
  /** The option they vote for; `firstVote` one they tap first and then change their mind on. */
  vote: number;
  firstVote?: number;
  /** A point per scale statement and per stellingenlijst item, in the file's order. */
  scale: number[];
  statements: number[];
  reflection: string | null;
  intentions: string[];
}

const PEOPLE: Person[] = [
  {
    device: 'iPhone 13',
    name: 'Anna de Vries',
    vote: 2,
    scale: [4, 3],
    statements: [5, 2, 4, 1, 3, 5],
    reflection: 'Ik had niet verwacht dat de Verbinder zo sterk in mijn profiel zou zitten.',
    intentions: [
      'Dinsdag vraag ik de wethouder wat de buurt van het plan vindt.',
      'Elke vrijdag bel ik één bewoner terug die ons heeft gemaild.',
    ],
  },
  {
    device: 'Pixel 7',
    name: 'Bram Jansen',
    firstVote: 0,
    vote: 1,
    scale: [2, 5],
    statements: [2, 5, 3, 4, 5, 2],
    reflection: 'Mijn voorkeur voor plannen en resultaten zag ik al aankomen.',
    intentions: ['Bij het volgende advies schrijf ik eerst op welk resultaat we willen halen.'],
  },
  {
    device: 'Galaxy S9+',
    name: null,
    vote: 2,
    scale: [5, 4],
    statements: [3, 3, 5, 2, 2, 5],
    reflection: 'Dat regels mij vooral houvast geven, viel me op.',
    intentions: [],
  },
  {
    device: 'iPhone SE',
    name: 'Chantal Bakker',
    vote: 0,
    scale: [3, 2],
    statements: [5, 4, 2, 1, 4, 2],
    reflection: 'Ik twijfelde bij bijna elke stelling tussen twee antwoorden.',
    intentions: [],
  },
  {
    device: 'iPhone 15 Pro',
    name: 'Dirk Visser',
    vote: 1,
    scale: [4, 4],
    statements: [1, 5, 2, 5, 5, 1],
    reflection: 'Opvallend hoe weinig bureaucraat ik in mezelf herken.',
    intentions: [],
  },
  {
    device: 'Pixel 5',
    name: 'Eva Mulder',
    vote: 2,
    scale: [1, 5],
    statements: [4, 2, 5, 3, 3, 4],
    reflection: null,
    intentions: [],
  },
];

/** What the room's answers add up to, worked out here from the plan above. */
const optionId = (index: number) => poll.options[index]!.id;
const tally = (votes: number[]) =>
  Object.fromEntries(
    poll.options.map((option, i) => [option.id, votes.filter((vote) => vote === i).length]),
  );
const profileOfPerson = (person: Person): Profile => {
  const values = Object.fromEntries(
    statements.items.map((item, i) => [item.id, person.statements[i]!]),
  );
  const profile = profileOf(statements, values);
  if (!profile) throw new Error('a full stellingenlijst always has a profile');
  return profile;
};
/** "3,17": a scale mean as the Dutch room reads it (two decimals at most). */
const dutchMean = (values: number[]) =>
  (Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100).toLocaleString(
    'nl',
  );

const test = base.extend<{ room: Room<Person> }>({
  room: async ({ browser }, use) => {
    const room = await Room.open(browser, demo.id, PEOPLE);
    await use(room);
    await room.close();
  },
});

// Eight pages are too many to film: the trace's screencast and DOM snapshots nearly doubled the
// CPU this test needs (measured: 45 s against 29 s of CPU time). A failure still keeps the trace's
// action log, console and network, Playwright's failure screenshots of every page, and the
// full-page screenshot this test takes of each screen at every block.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false } });

test('the demo from start to finish on the console, the projector and six phones', async ({
  room,
}, testInfo) => {
  // Eight browsers on two cores: the whole programme takes about a minute (55-65 s measured,
  // room fixture included); twice that before calling it stuck.
  test.setTimeout(120_000);
  const { facilitator: desk, presenter, phones } = room;
  const find = (what: string, match: (phone: Phone<Person>) => boolean) => {
    const found = phones.find(match);
    if (!found) throw new Error(`no phone ${what}`);
    return found;
  };
  const changer = find('that changes its vote', (phone) => phone.firstVote !== undefined);
  const anonymous = find('without a name', (phone) => phone.name === null);
  const [first, second, , fourth, fifth, sixth] = phones;
  if (!first || !second || !fourth || !fifth || !sixth) throw new Error('six phones expected');
  const names = phones.flatMap((phone) => (phone.name === null ? [] : [phone.name]));
  const profiles = new Map(phones.map((phone) => [phone, profileOfPerson(phone)]));
  const cardOf = new Map<Phone<Person>, string>();

  // The plan itself must make the checks below mean something.
  expect(demo.blocks.map((block) => block.id)).toEqual(PROGRAMME.map((block) => block.id));
  expect(PEOPLE).toHaveLength(6);
  expect(reflection.anonymous, 'the demo reflection is anonymous').toBe(true);
  expect(cards.length, 'the demo deals more than one card').toBeGreaterThan(1);
  const shares = [...profiles.values()].map((profile) => JSON.stringify(profile.share));
  expect(new Set(shares).size, 'six different profiles').toBe(6);
  for (const person of PEOPLE) {
    expect(person.scale).toHaveLength(scale.statements.length);
    expect(person.statements).toHaveLength(statements.items.length);
    expect(person.intentions.length).toBeLessThanOrEqual(intentions.max);
  }

  // ── Probe: the projector hears of results only once they are revealed ────────────────────────
  const revealed = new Set<string>();
  const early: string[] = [];
  room.presenterFrames.onView(({ raw, view }) => {
    if (view.role !== 'presenter') return;
    const blockId = view.block?.id ?? '(none)';
    const live = view.live;
    const results = live !== null && (live.results !== null || live.rounds.length > 0);
    // A scale's or stellingenlijst's `points` is a number; a spread's `points` is a list.
    const onTheWire = raw.includes('"counts"') || raw.includes('"points":[');
    if ((results || onTheWire) && !revealed.has(blockId)) {
      early.push(`the projector got results of ${blockId} before they were revealed`);
    }
  });
  const reveal = async (blockId: string) => {
    revealed.add(blockId);
    await desk.getByTestId('results-reveal').click();
    await expect(desk.getByTestId('results-public')).toBeVisible();
    await expect(presenter.getByTestId('presenter-results')).toBeVisible();
  };

  const expectAnswered = async (answered: number) => {
    const members = String(phones.length);
    await expect(desk.getByTestId('answered-count')).toHaveAttribute(
      'data-answered',
      String(answered),
    );
    await expect(desk.getByTestId('answered-count')).toHaveAttribute('data-members', members);
    const meter = presenter.getByTestId('presenter-answered');
    await expect(meter).toHaveAttribute('data-answered', String(answered));
    await expect(meter).toContainText(`${answered} van ${members}`);
  };

  const expectText = async (page: Page, testId: string, markdown: string | undefined) => {
    expect(markdown, `text for ${testId}`).toBeTruthy();
    for (const paragraph of paragraphs(markdown ?? '')) {
      await expect(page.getByTestId(testId).first()).toContainText(paragraph);
    }
  };

  await test.step('join: six phones, one anonymous; the console lists them, the projector counts them', async () => {
    await room.joinAll();
    expect(new Set(phones.map((phone) => phone.id)).size, 'six participants').toBe(6);
    await expect(desk.getByTestId('participant-row')).toHaveCount(6);
    await expect(desk.getByTestId('headcount')).toHaveAttribute('data-connected', '6');
    await expect(desk.getByTestId('headcount')).toHaveAttribute('data-members', '6');
    for (const phone of phones) {
      const row = room.participantRow(phone);
      await expect(row).toHaveAttribute('data-presence', 'connected');
      await expect(row.getByTestId('participant-name')).toHaveText(phone.name ?? 'Anoniem');
      await expect(phone.page.getByTestId('participant-lobby')).toBeVisible();
      if (phone.name !== null) {
        await expect(phone.page.getByTestId('participant-welcome')).toContainText(phone.name);
      }
    }
    for (const name of names) {
      await expect(anonymous.page.locator('body')).not.toContainText(name);
    }
    await expect(presenter.getByTestId('headcount')).toHaveAttribute('data-members', '6');
    await expect(presenter.getByTestId('headcount')).toContainText('6');
  });

  await test.step('info, then casus: the case and its lens on every phone and the projector', async () => {
    await room.start();
    await room.expectBlock(welcome);
    for (const page of room.phonePages) await expectText(page, 'block-text', welcome.phone);
    await expectText(presenter, 'presenter-info', welcome.screen);
    await expectText(desk, 'block-notes', welcome.notes);
    await expect(desk.getByTestId('activity-none')).toBeVisible();
    await expect(desk.getByTestId('forecast-end')).toHaveAttribute('data-forecast-end', /^\d+$/);
    await expect(desk.getByTestId('schedule-delta')).toHaveAttribute('data-state', 'on');
    await room.checkScreens(testInfo, 'info', fourth);

    await room.next(casus);
    await room.expectBlock(casus);
    for (const page of room.phonePages) {
      await expectText(page, 'casus-text', casus.case);
      await expectText(page, 'block-text', casus.phone);
      await expect(page.getByTestId('block-perspective')).toHaveAttribute(
        'data-perspective',
        casus.perspective,
      );
    }
    await expectText(presenter, 'presenter-case', casus.case);
    await expect(presenter.getByTestId('presenter-perspective')).toHaveAttribute(
      'data-perspective',
      casus.perspective,
    );
    await expect(desk.getByTestId('block-perspective')).toHaveAttribute(
      'data-perspective',
      casus.perspective,
    );
    await expect(desk.getByTestId('activity-none')).toBeVisible();
    await room.checkScreens(testInfo, 'casus', second);
  });

  await test.step('poll: live tally for the facilitator only; lock; reveal with exact counts', async () => {
    await room.next(poll);
    await room.expectBlock(poll);
    const labels = poll.options.map((option) => option.label);
    for (const page of room.phonePages) {
      await expect(page.getByTestId('answer-poll')).toContainText(poll.question);
      await expect(page.getByTestId('poll-option')).toHaveText(labels);
    }
    await expect(presenter.getByTestId('presenter-question')).toHaveText(poll.question);
    await expect(presenter.getByTestId('presenter-option')).toHaveText(labels);
    await expect(desk.getByTestId('results-private')).toBeVisible();

    // Everyone votes at once; one of them taps another option first.
    await Promise.all(
      phones.map((phone) => answerPoll(phone.page, optionId(phone.firstVote ?? phone.vote))),
    );
    // The console's tally, private now and public once revealed.
    const expectTally = async (counts: Record<string, number>) => {
      for (const [id, count] of Object.entries(counts)) {
        await expect(
          desk
            .getByTestId('activity-panel')
            .locator(`[data-testid="poll-bar"][data-option-id="${id}"]`),
        ).toHaveAttribute('data-count', String(count));
      }
    };
    await expectTally(tally(phones.map((phone) => phone.firstVote ?? phone.vote)));
    // … and changes their mind: the live tally follows.
    await answerPoll(changer.page, optionId(changer.vote));
    const before = changer.page.locator(
      `[data-testid="poll-option"][data-option-id="${optionId(changer.firstVote!)}"]`,
    );
    await expect(before).toHaveAttribute('data-selected', 'false');
    const final = tally(phones.map((phone) => phone.vote));
    await expectTally(final);
    await expect(desk.getByTestId('results-private')).toContainText('Alleen voor jou');
    await expectAnswered(6);
    await expect(desk.getByTestId('participant-answered')).toHaveCount(6);
    // The projector counts the votes and shows nothing of how they went.
    await expect(presenter.getByTestId('presenter-results')).toHaveCount(0);
    await expect(presenter.getByTestId('poll-chart')).toHaveCount(0);
    await room.checkScreens(testInfo, 'poll', changer);

    // Closed: every phone says so and can no longer change its vote.
    await desk.getByTestId('answers-lock').click();
    await expect(desk.getByTestId('answers-state')).toHaveAttribute('data-locked', 'true');
    await expect(presenter.getByTestId('presenter-locked')).toBeVisible();
    for (const page of room.phonePages) {
      await expect(page.getByTestId('answers-locked')).toBeVisible();
      for (const input of await page.getByTestId('poll-option').locator('input').all()) {
        await expect(input).toBeDisabled();
      }
    }
    const sentBefore = changer.frames.sent.length;
    // A tap on a closed vote (forced: Playwright would rightly wait for it to be enabled).
    await before.click({ force: true });
    await expect(before).toHaveAttribute('data-selected', 'false');

    await reveal(poll.id);
    await expect(presenter.getByTestId('poll-chart')).toBeVisible();
    for (const [id, count] of Object.entries(final)) {
      await expect(
        presenter.locator(`[data-testid="poll-bar"][data-option-id="${id}"]`),
      ).toHaveAttribute('data-count', String(count));
    }
    await expectTally(final);
    const sentAfterLock = changer.frames.commandsSince(sentBefore);
    expect(sentAfterLock.filter((command) => command.type === 'answer')).toEqual([]);
    await checkScreen(presenter, testInfo, 'presenter poll revealed');
  });

  await test.step('scale: an answer per statement; reveal shows the spread per statement', async () => {
    await room.next(scale);
    await room.expectBlock(scale);
    const texts = scale.statements.map((statement) => statement.text);
    for (const page of room.phonePages) {
      await expect(page.getByTestId('scale-statement').locator('legend')).toHaveText(texts);
    }
    await expect(presenter.getByTestId('presenter-statements').locator('li')).toHaveText(texts);

    await Promise.all(
      phones.map((phone) =>
        answerScale(
          phone.page,
          scale.statements.map((statement, i) => [statement.id, phone.scale[i]!] as const),
        ),
      ),
    );
    await expectAnswered(6);
    await expect(presenter.getByTestId('scale-chart')).toHaveCount(0);
    await expect(desk.getByTestId('results-private').getByTestId('scale-chart')).toBeVisible();

    await reveal(scale.id);
    for (const screen of [presenter, desk]) {
      await expect(screen.getByTestId('scale-chart')).toBeVisible();
      for (const [i, statement] of scale.statements.entries()) {
        const values = phones.map((phone) => phone.scale[i]!);
        const counts = Array.from({ length: scale.points }, (_, point) => {
          const n = values.filter((value) => value === point + 1).length;
          return `${point + 1}: ${n}`;
        });
        const row = screen.locator(
          `[data-testid="scale-row"][data-statement-id="${statement.id}"]`,
        );
        await expect(row.getByRole('img')).toHaveAttribute('aria-label', counts.join(', '));
        await expect(row.getByTestId('scale-mean')).toHaveText(`gemiddeld ${dutchMean(values)}`);
      }
    }
    await room.checkScreens(testInfo, 'scale', fifth);
  });

  await test.step('statements: each phone its own profile; reveal puts six points on the projector', async () => {
    await room.next(statements);
    await room.expectBlock(statements);
    const texts = statements.items.map((item) => item.text);
    for (const page of room.phonePages) {
      await expect(page.getByTestId('scale-statement').locator('legend')).toHaveText(
        texts.map((text, i) => `${i + 1}. ${text}`),
      );
      await expect(page.getByTestId('statements-progress')).toHaveAttribute('data-answered', '0');
      await expect(page.getByTestId('profile')).toHaveCount(0);
    }

    await Promise.all(
      phones.map((phone) =>
        answerScale(
          phone.page,
          statements.items.map((item, i) => [item.id, phone.statements[i]!] as const),
        ),
      ),
    );
    for (const phone of phones) {
      const { page } = phone;
      const total = String(statements.items.length);
      await expect(page.getByTestId('statements-progress')).toHaveAttribute('data-answered', total);
      await expect(page.getByTestId('statements-progress')).toHaveAttribute('data-total', total);
      await expectProfile(page, profiles.get(phone)!);
    }
    await expectAnswered(6);
    await expect(desk.getByTestId('statements-complete')).toContainText('6');
    await expect(desk.getByTestId('results-private').getByTestId('ternary-point')).toHaveCount(6);
    await expect(presenter.getByTestId('ternary-chart')).toHaveCount(0);

    await reveal(statements.id);
    await expect(
      presenter.getByTestId('presenter-results').getByTestId('ternary-point'),
    ).toHaveCount(6);
    // The spread on the wire is exactly the six profiles, and nothing ties a point to a person.
    const spread =
      room.presenterFrames.views
        .map(({ view }) => (view.role === 'presenter' ? view.live?.results : null))
        .findLast((results) => results?.kind === 'statements')?.points ?? [];
    const sortKey = (share: PerType) => IDEAL_TYPES.map((type) => share[type]).join();
    expect(spread.map(sortKey).sort()).toEqual(
      [...profiles.values()].map((profile) => sortKey(profile.share)).sort(),
    );
    await room.checkScreens(testInfo, 'statements', first);
  });

  await test.step('reflection: anonymous writing, "Anoniem" on the console, a highlight without a name', async () => {
    await room.next(reflection);
    await room.expectBlock(reflection);
    for (const page of room.phonePages) {
      await expect(page.getByTestId('answer-reflection')).toContainText(reflection.prompt);
      await expect(page.getByTestId('reflection-anonymous-note')).toBeVisible();
      await expect(page.getByTestId('reflection-count')).toHaveText(
        `0 / ${reflection.maxLength} tekens`,
      );
    }
    await expect(presenter.getByTestId('presenter-prompt')).toHaveText(reflection.prompt);
    await expect(presenter.getByTestId('presenter-anonymous')).toBeVisible();

    const writers = phones.filter((phone) => phone.reflection !== null);
    await Promise.all(
      writers.map((phone) => writeReflection(phone.page, phone.reflection!, reflection.maxLength)),
    );
    await expectAnswered(writers.length);
    const items = desk.getByTestId('reflection-item');
    await expect(items).toHaveCount(writers.length);
    // Listed by opaque id, not in the order people wrote.
    expect((await items.locator('blockquote').allTextContents()).sort()).toEqual(
      writers.map((phone) => phone.reflection!).sort(),
    );
    await expect(items.getByTestId('reflection-author')).toHaveText(writers.map(() => 'Anoniem'));
    for (const name of names) await expect(items.filter({ hasText: name })).toHaveCount(0);
    // Nobody is marked as having answered: that alone would tell who wrote what.
    await expect(desk.getByTestId('participant-answered')).toHaveCount(0);
    await expect(presenter.getByTestId('presenter-highlight')).toHaveCount(0);

    const shown = first.reflection!;
    const item = items.filter({ hasText: shown });
    await item.getByTestId('reflection-highlight').click();
    await expect(item).toHaveAttribute('data-highlighted', 'true');
    await expect(presenter.getByTestId('presenter-highlight')).toHaveText([shown]);
    for (const name of names) {
      await expect(presenter.locator('body')).not.toContainText(name);
      await expect(item).not.toContainText(name);
    }
    await room.checkScreens(testInfo, 'reflection', anonymous);
  });

  await test.step('roles: each phone its own card and brief, the projector only the counts', async () => {
    await room.next(roles);
    await room.expectBlock(roles);
    for (const page of room.phonePages) {
      await expect(page.getByTestId('roles-waiting')).toBeVisible();
    }
    await expect(presenter.getByTestId('presenter-role')).toHaveCount(cards.length);
    for (const card of cards) {
      const tile = presenter.locator(`[data-testid="presenter-role"][data-card-id="${card.id}"]`);
      await expect(tile).toContainText(card.name);
      await expect(tile).toHaveAttribute('data-count', '0');
    }

    await desk.getByTestId('roles-deal').click();
    await expect(desk.getByTestId('role-row')).toHaveCount(6);
    for (const phone of phones) {
      const card = phone.page.getByTestId('role-card');
      await expect(card).toBeVisible();
      const cardId = await card.getAttribute('data-card-id');
      const dealt = cards.find((c) => c.id === cardId);
      if (!dealt) throw new Error(`${phone.label} holds an unknown card ${cardId}`);
      cardOf.set(phone, dealt.id);
      await expect(card).toContainText(dealt.name);
      await expect(phone.page.getByTestId('role-brief')).toContainText(dealt.brief);
      for (const other of cards.filter((c) => c.id !== dealt.id)) {
        await expect(phone.page.locator('body')).not.toContainText(other.brief);
      }
      await expect(
        desk.locator(`[data-testid="role-row"][data-participant-id="${phone.id}"]`),
      ).toHaveAttribute('data-card-id', dealt.id);
    }
    const players = cards.map((card) => [...cardOf.values()].filter((id) => id === card.id).length);
    expect(Math.max(...players) - Math.min(...players), 'cards dealt evenly').toBeLessThanOrEqual(
      1,
    );
    for (const [i, card] of cards.entries()) {
      await expect(
        presenter.locator(`[data-testid="presenter-role"][data-card-id="${card.id}"]`),
      ).toHaveAttribute('data-count', String(players[i]));
      await expect(presenter.locator('body')).not.toContainText(card.brief);
    }
    await room.checkScreens(testInfo, 'roles', sixth);
  });

  await test.step('groups: each phone its group and who is in it; the projector the number of groups', async () => {
    await room.next(groups);
    await room.expectBlock(groups);
    for (const page of room.phonePages) {
      await expect(page.getByTestId('groups-waiting')).toBeVisible();
    }
    await expect(presenter.getByTestId('presenter-prompt')).toHaveText(groups.prompt);
    await expect(presenter.getByTestId('presenter-groups')).not.toHaveAttribute('data-count');

    await desk.getByTestId('groups-form').click();
    const count = Math.ceil(phones.length / groups.size);
    await expect(desk.getByTestId('group')).toHaveCount(count);
    const groupOf = new Map<Phone<Person>, string>();
    for (const phone of phones) {
      const group = phone.page.getByTestId('group');
      await expect(group).toBeVisible();
      groupOf.set(phone, (await group.getAttribute('data-group-number')) ?? '');
    }
    const shownAs = (phone: Phone<Person>) => phone.name ?? 'Anonieme deelnemer';
    for (const phone of phones) {
      const members = phones.filter((other) => groupOf.get(other) === groupOf.get(phone));
      const listed = phone.page.getByTestId('group-member');
      await expect(listed).toHaveCount(members.length);
      // Itself marked "jij", the partners by name.
      await expect(listed.first()).toHaveAttribute('data-me', 'true');
      await expect(listed.first()).toContainText('jij');
      const partners = phone.page.locator('[data-testid="group-member"][data-me="false"]');
      const texts = (await partners.allTextContents()).map((text) => text.trim()).sort();
      expect(texts, `${phone.label} sees the other members of its own group`).toEqual(
        members
          .filter((other) => other !== phone)
          .map(shownAs)
          .sort(),
      );
    }
    expect(new Set(groupOf.values()).size).toBe(count);
    await expect(presenter.getByTestId('presenter-groups')).toHaveAttribute(
      'data-count',
      String(count),
    );
    await room.checkScreens(testInfo, 'groups', second);
  });

  await test.step('break: the countdown starts by itself on the phones and the projector', async () => {
    await room.next(pause);
    await room.expectBlock(pause);
    await expect(presenter.getByTestId('presenter-break')).toBeVisible();
    // The programme starts the break's timer on entering it: nobody presses Start.
    const clocks = [
      ...room.phonePages.map((page) => page.getByTestId('break-countdown')),
      presenter.getByTestId('presenter-break'),
    ];
    for (const clock of clocks) {
      await expect(clock.getByTestId('timer')).toHaveAttribute('data-timer-status', 'running');
    }
    await expect(desk.getByTestId('timer')).toHaveAttribute('data-timer-status', 'running');
    await expect(desk.getByTestId('activity-none')).toBeVisible();
    // It counts down from the block's minutes (one second of slack for rounding up; see the
    // foundation test), on a phone and on the wall alike.
    for (const clock of [clocks[0]!, clocks.at(-1)!]) {
      const remaining = clock.getByTestId('timer-remaining');
      const startedAt = await secondsLeft(remaining);
      expect(startedAt).toBeGreaterThan(0);
      expect(startedAt).toBeLessThanOrEqual(pause.minutes * 60 + 1);
      await expect.poll(() => secondsLeft(remaining), { timeout: 5_000 }).toBeLessThan(startedAt);
    }
    await room.checkScreens(testInfo, 'break', fourth);
  });

  await test.step('intentions: a phone writes two and saves them', async () => {
    await room.next(intentions);
    await room.expectBlock(intentions);
    for (const page of room.phonePages) {
      await expect(page.getByTestId('answer-intentions')).toContainText(intentions.prompt);
      await expect(page.getByTestId('intention-input')).toHaveCount(1);
    }
    await expect(presenter.getByTestId('presenter-prompt')).toHaveText(intentions.prompt);
    const writers = phones.filter((phone) => phone.intentions.length > 0);
    await Promise.all(writers.map((phone) => writeIntentions(phone.page, phone.intentions)));
    await expectAnswered(writers.length);
    await expect(desk.getByTestId('intentions-note')).toBeVisible();
    // Ten planned minutes went by in about one: the forecast says the room is ahead.
    await expect(desk.getByTestId('schedule-delta')).toHaveAttribute('data-state', 'ahead');
    await room.checkScreens(testInfo, 'intentions', first);
  });

  await test.step('end: every phone its own summary; the projector closes', async () => {
    await desk.getByTestId('session-end').click();
    await desk.getByTestId('session-end-confirm').click();
    await expect(desk.getByTestId('room-status')).toHaveAttribute('data-status', 'ended');
    await expect(desk.getByTestId('console-ended')).toBeVisible();
    await expect(presenter.getByTestId('presenter-ended')).toBeVisible();
    for (const phone of phones) {
      const summary = phone.page.getByTestId('summary');
      await expect(summary.getByTestId('participant-ended')).toBeVisible();
      const own = summary.getByTestId('summary-reflection');
      if (phone.reflection === null) await expect(own).toHaveCount(0);
      else await expect(own.locator('blockquote')).toHaveText([phone.reflection]);
      await expect(summary.getByTestId('summary-intention')).toHaveText(phone.intentions);
      await expectProfile(summary, profiles.get(phone)!);
    }
    await Promise.all([
      checkScreen(first.page, testInfo, `phone summary (${first.device})`),
      checkScreen(sixth.page, testInfo, `phone summary without writing (${sixth.device})`),
      checkScreen(presenter, testInfo, 'presenter ended'),
      checkScreen(desk, testInfo, 'console ended'),
    ]);
  });

  await test.step('privacy: what each screen was sent over its websocket', async () => {
    const found: string[] = [...early];
    const everyone = phones.map((phone) => ({ phone, profile: profiles.get(phone)! }));
    const notes = PROGRAMME.flatMap((block) =>
      block.notes ? [{ what: `the notes of ${block.id}`, text: block.notes }] : [],
    );
    const briefs = (except?: string): Secret[] =>
      cards
        .filter((card) => card.id !== except)
        .map((card) => ({ what: `the brief of ${card.id}`, text: card.brief }));
    const authorsIn = (screen: string, entry: string): string[] =>
      phones
        .filter((phone) => entry.includes(phone.id) || (phone.name && entry.includes(phone.name)))
        .map((phone) => `the ${screen} got a reflection entry naming ${phone.label}`);

    // The projector: no names, no briefs, no facilitator notes, ever.
    found.push(
      ...leaks(room.presenterFrames, [
        ...names.map((name) => ({ what: `the name ${name}`, text: name })),
        ...phones.map((phone) => ({ what: `the id of ${phone.label}`, text: phone.id })),
        ...briefs(),
        ...notes,
      ]),
    );

    // A phone: nothing another phone wrote, no other card's brief, no other participant's id or
    // profile, no tally, no notes.
    for (const { phone, profile } of everyone) {
      const others = phones.filter((other) => other !== phone);
      found.push(
        ...leaks(phone.frames, [
          ...others.flatMap((other) => [
            { what: `the id of ${other.label}`, text: other.id },
            ...(other.reflection === null
              ? []
              : [{ what: `the reflection of ${other.label}`, text: other.reflection }]),
            ...other.intentions.map((text) => ({
              what: `an intention of ${other.label}`,
              text,
            })),
          ]),
          ...briefs(cardOf.get(phone)),
          ...notes,
        ]),
      );
      if (phone.frames.received.some((frame) => frame.raw.includes('"counts"'))) {
        found.push(`${phone.label} received a tally`);
      }
      for (const { view } of phone.frames.views) {
        for (const triple of perTypeTriples(view)) {
          if (!sameTriple(triple, profile.share) && !sameTriple(triple, profile.strength)) {
            found.push(`${phone.label} received a profile not its own: ${JSON.stringify(triple)}`);
          }
        }
      }
    }

    // The console and the projector: an anonymous reflection never comes with its author.
    for (const { view } of room.consoleFrames.views) {
      if (view.role !== 'facilitator') continue;
      const run = view.runs[reflection.id];
      if (!run) continue;
      if (run.answeredBy.length > 0) found.push('the console was told who wrote a reflection');
      for (const entry of run.reflections) {
        if (entry.author !== null) found.push(`the console got an author: ${entry.author}`);
        found.push(...authorsIn('console', JSON.stringify(entry)));
      }
    }
    for (const { view } of room.presenterFrames.views) {
      if (view.role !== 'presenter') continue;
      for (const entry of view.live?.highlighted ?? []) {
        found.push(...authorsIn('projector', JSON.stringify(entry)));
      }
    }

    // The probes read real traffic: every screen received views, all of them readable.
    for (const log of [room.consoleFrames, room.presenterFrames, ...phones.map((p) => p.frames)]) {
      expect(log.unreadable, `${log.label}: unreadable messages`).toBe(0);
      expect(
        log.views.some(({ view }) => view.room.status === 'ended'),
        `${log.label} heard the room end over its websocket`,
      ).toBe(true);
    }
    expect(revealed.size).toBe(3);
    expect(found, 'nothing reached a screen that should not have').toEqual([]);
  });

  expect(room.problems, 'no page errors or dialogs on any screen').toEqual([]);
});

/** A phone's own profile: the triangle with its own marker, and each type's strength in words. */
async function expectProfile(scope: Page | Locator, profile: Profile): Promise<void> {
  const card = scope.getByTestId('profile');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('ternary-chart')).toBeVisible();
  await expect(card.getByTestId('ternary-you-marker')).toHaveCount(1);
  await expect(card.getByTestId('ternary-point')).toHaveCount(0);
  for (const type of IDEAL_TYPES) {
    await expect(
      card
        .locator(`[data-testid="profile-type"][data-type="${type}"]`)
        .getByTestId('profile-strength'),
    ).toHaveText(`${Math.round(profile.strength[type] * 100)}%`);
  }
}
