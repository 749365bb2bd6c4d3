import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  endsItsMeeting,
  IDEAL_TYPES,
  meanShare,
  meetingOf,
  profileOf,
  type Block,
  type IdealType,
  type PerType,
  type Profile,
} from '@samenspel/shared';
import { chartsNl } from '../../client/src/i18n/sections/charts.nl.js';
import { consoleNl } from '../../client/src/i18n/sections/console.nl.js';
import { phoneNl } from '../../client/src/i18n/sections/phone.nl.js';
import { presenterNl } from '../../client/src/i18n/sections/presenter.nl.js';
import { checkScreen } from '../support/axe.js';
import { answerScale } from '../support/phone.js';
import { Room, type Phone, type PhoneSpec } from '../support/room.js';
import { loadScenario } from '../support/scenario.js';

// ── The shipped two-day programme, read from scenarios/ ──────────────────────────────────────
const programme = loadScenario('bestuurlijke-sensitiviteit-tweedaags');
const block = <K extends Block['kind']>(id: string, kind: K): Extract<Block, { kind: K }> => {
  const found = programme.blocks.find((b) => b.id === id);
  if (!found || found.kind !== kind) throw new Error(`the programme has no ${kind} block "${id}"`);
  return found as Extract<Block, { kind: K }>;
};
const listThen = block('stellingenlijst', 'statements');
const planning = block('keukenbezoek-plannen', 'visit');
const reportBack = block('keukenbezoek-terug', 'reflection');
const listNow = block('stellingenlijst-nameting', 'statements');
/** The last block of day 1: only there does the console offer to close the day. */
const dayOneEnd = programme.blocks.find(
  (b, index) => meetingOf(b) === 1 && endsItsMeeting(programme, index),
);
const [dayOne, dayTwo] = programme.meetings ?? [];

/**
 * A catalog message as the screen says it: `{name}` filled in, and the one ICU form the catalogs
 * use, `{count, plural, one {# …} other {# …}}`, by Dutch plural rules. (The app's own formatter
 * imports without file extensions, which this package's module resolution does not take.)
 */
const dutchPlural = new Intl.PluralRules('nl');
const say = (message: string, values: Record<string, string | number> = {}): string =>
  message
    .replace(
      /\{(\w+), plural,((?:\s*(?:=\d+|\w+) \{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\}/g,
      (whole, name: string, body: string) => {
        const value = values[name];
        if (typeof value !== 'number') return whole;
        const branches = new Map(
          [...body.matchAll(/(=\d+|\w+) \{((?:[^{}]|\{\w+\})*)\}/g)].map(
            (match) => [match[1]!, match[2]!] as const,
          ),
        );
        const chosen =
          branches.get(`=${value}`) ??
          branches.get(dutchPlural.select(value)) ??
          branches.get('other');
        return chosen === undefined ? whole : chosen.replaceAll('#', String(value));
      },
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

// ── The people and what they answer ─────────────────────────────────────────────────────────
/** A point (1–5) per ideal type: every statement of that type gets it, a reversed one the mirror. */
type Lean = Record<IdealType, number>;

interface Person extends PhoneSpec {
  name: string;
  then: Lean;
  now: Lean;
  /** The agreement this person saves on day 1, or null for the one who saves none. */
  visit: { host: string; when: string; question: string } | null;
}

/** 360×740: the narrow phone the workshop plans for. */
const PHONE = 'Galaxy S8';
const PEOPLE: Person[] = [
  {
    device: PHONE,
    name: 'Anouk de Wit',
    then: { bureaucraat: 5, ondernemer: 2, verbinder: 2 },
    now: { bureaucraat: 2, ondernemer: 2, verbinder: 5 },
    visit: {
      host: 'De griffier van Bremerveen, tijdens de voorbereiding van een raadsvergadering',
      when: 'Dinsdag 11 maart, de ochtend',
      question: 'Wanneer voelt de raad zich gepasseerd, en wat had dat kunnen voorkomen?',
    },
  },
  {
    device: PHONE,
    name: 'Bram Jansen',
    then: { bureaucraat: 4, ondernemer: 3, verbinder: 1 },
    now: { bureaucraat: 1, ondernemer: 3, verbinder: 4 },
    visit: {
      host: 'De wethouder jeugd van een buurgemeente',
      when: 'Week 12, haar portefeuilleoverleg',
      question: 'Wat moet er op de eerste pagina van een advies staan voordat u verder leest?',
    },
  },
  {
    device: PHONE,
    name: 'Chris Bakker',
    then: { bureaucraat: 5, ondernemer: 1, verbinder: 3 },
    now: { bureaucraat: 3, ondernemer: 1, verbinder: 5 },
    visit: null,
  },
];

type List = typeof listThen;
const valuesOf = (list: List, lean: Lean) =>
  list.items.map((item) => {
    const point = lean[item.type];
    return [item.id, item.reversed ? list.points + 1 - point : point] as const;
  });
const profileFor = (list: List, lean: Lean): Profile => {
  const profile = profileOf(list, Object.fromEntries(valuesOf(list, lean)));
  if (!profile) throw new Error('a full list always has a profile');
  return profile;
};
const groupMean = (list: List, lean: (person: Person) => Lean): PerType => {
  const mean = meanShare(PEOPLE.map((person) => profileFor(list, lean(person))));
  if (!mean) throw new Error('three profiles have a mean');
  return mean;
};
const percent = (share: number) => Math.round(share * 100);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ── Screenshots ─────────────────────────────────────────────────────────────────────────────
/**
 * A screenshot kept with the test's output and attached to the report; with E2E_SHOTS_DIR set,
 * also copied there, to look at by eye.
 */
async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const info = test.info();
  const file = info.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage });
  await info.attach(name, { path: file, contentType: 'image/png' });
  const dir = process.env.E2E_SHOTS_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    copyFileSync(file, path.join(dir, `${name}.png`));
  }
}

/** The console goes to a block of the meeting at hand through its agenda. */
async function jump(desk: Page, to: Block): Promise<void> {
  await desk
    .locator(`[data-testid="agenda-item"][data-block-id="${to.id}"]`)
    .getByRole('button', { name: to.title })
    .click();
  await expect(desk.getByTestId('current-block')).toHaveAttribute('data-block-id', to.id);
}

/** Every screen stands on `to`. */
async function expectEverywhere(room: Room<Person>, to: Block): Promise<void> {
  await expect(room.facilitator.getByTestId('activity-panel')).toHaveAttribute(
    'data-block-id',
    to.id,
  );
  await expect(room.presenter.getByTestId('presenter-block')).toHaveAttribute('data-kind', to.kind);
  for (const page of [room.presenter, ...room.phonePages]) {
    await expect(page.getByTestId('block-title')).toHaveText(to.title);
  }
}

/** Closes the answers and puts the spread on the projector. */
async function lockAndReveal(room: Room<Person>): Promise<void> {
  const desk = room.facilitator;
  await desk.getByTestId('answers-lock').click();
  await expect(desk.getByTestId('answers-state')).toHaveAttribute('data-locked', 'true');
  await desk.getByTestId('results-reveal').click();
  await expect(desk.getByTestId('results-public')).toBeVisible();
  await expect(room.presenter.getByTestId('presenter-results')).toBeVisible();
}

/** Every phone taps its points, all at once; the console and projector count three lists done. */
async function answerLists(room: Room<Person>, list: List, lean: (p: Person) => Lean) {
  await Promise.all(
    room.phones.map((phone) => answerScale(phone.page, valuesOf(list, lean(phone)))),
  );
  const total = String(list.items.length);
  for (const phone of room.phones) {
    await expect(phone.page.getByTestId('statements-progress')).toHaveAttribute(
      'data-answered',
      total,
    );
  }
  await expect(room.presenter.getByTestId('presenter-answered')).toHaveText(
    say(presenterNl['presenter.answered.statements'], { complete: 3, members: 3 }),
  );
}

/** The member rows of a phone's pair card, without the phone's own. */
function partnersOn(phone: Phone<Person>): Locator {
  return phone.page
    .getByTestId('visit-pair')
    .locator('[data-testid="group-member"][data-me="false"]');
}

test('keukenbezoek: pairs on day 1, each their own agreement back on day 2, and the group then and now', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  // The plan must make the checks below mean something.
  expect(programme.meetings).toHaveLength(2);
  expect(dayOneEnd, 'day 1 has a last block').toBeDefined();
  expect(planning.pairing).toBe('drawn');
  expect(reportBack.visitFrom).toBe(planning.id);
  expect(listNow.repeats).toBe(listThen.id);
  expect(listThen.items).toHaveLength(24);
  expect(meetingOf(listNow)).toBe(2);
  expect(meetingOf(reportBack)).toBe(2);

  const room = await Room.open(browser, programme.id, PEOPLE, { width: 1280, height: 800 });
  const { facilitator: desk, presenter, phones } = room;
  const [anouk, bram, chris] = phones;
  if (!anouk || !bram || !chris) throw new Error('three phones expected');
  const agreeing = phones.filter((phone) => phone.visit !== null);
  try {
    await presenter.setViewportSize({ width: 1280, height: 800 });
    await room.joinAll();
    await room.start();

    await test.step('day 1, the stellingenlijst: 24 statements on three phones, locked and revealed', async () => {
      await jump(desk, listThen);
      await expectEverywhere(room, listThen);
      await answerLists(room, listThen, (person) => person.then);
      await lockAndReveal(room);
      await expect(presenter.getByTestId('ternary-point')).toHaveCount(3);
      // Nothing to compare with yet: the first measurement draws no "then".
      await expect(presenter.getByTestId('ternary-earlier-marker')).toHaveCount(0);
      await expect(presenter.getByTestId('presenter-then')).toHaveCount(0);
    });

    await test.step('day 1, the keukenbezoek: the console draws the pairs, each phone sees its partners', async () => {
      await jump(desk, planning);
      await expectEverywhere(room, planning);
      for (const phone of phones) {
        await expect(phone.page.getByTestId('visit-waiting')).toContainText(
          phoneNl['phone.visit.waiting'],
        );
        await expect(phone.page.getByTestId('visit-form')).toContainText(planning.prompt);
      }
      await expect(presenter.getByTestId('presenter-pairs')).toHaveText(
        presenterNl['presenter.visit.pending'],
      );

      await desk.getByRole('button', { name: consoleNl['console.pairs.form'] }).click();
      // Three people: one pair of two is not possible without leaving one out, so one trio.
      const group = desk.getByTestId('group');
      await expect(group).toHaveCount(1);
      await expect(group).toHaveAttribute('data-size', '3');
      await expect(group.getByRole('heading')).toHaveText(
        say(consoleNl['console.pairs.name'], { n: 1 }),
      );
      for (const phone of phones) {
        await expect(group).toContainText(phone.name);
        const pair = phone.page.getByTestId('visit-pair');
        await expect(pair.getByRole('heading')).toHaveText(phoneNl['phone.visit.pair']);
        await expect(pair.locator('[data-testid="group-member"][data-me="true"]')).toContainText(
          phone.name,
        );
        const others = phones.filter((other) => other !== phone).map((other) => other.name);
        await expect(partnersOn(phone)).toHaveCount(others.length);
        for (const name of others) {
          await expect(partnersOn(phone).filter({ hasText: name })).toHaveCount(1);
        }
        await expect(phone.page.getByTestId('visit-waiting')).toHaveCount(0);
      }
      await expect(presenter.getByTestId('presenter-pairs')).toHaveText(
        `${say(presenterNl['presenter.visit.pairs'], { count: 1 })} · ${presenterNl['presenter.visit.phone']}`,
      );
      await expect(presenter.getByTestId('presenter-answered')).toHaveText(
        say(presenterNl['presenter.answered.visit'], { complete: 0, members: 3 }),
      );
    });

    await test.step('two phones save an agreement; the console marks them, the projector counts', async () => {
      // The form as the phone shows it, before anything is typed: checked and kept.
      await expect(anouk.page.getByTestId('visit-submit')).toBeDisabled();
      await checkScreen(anouk.page, testInfo, 'phone visit form');
      for (const phone of agreeing) {
        const { page } = phone;
        const visit = phone.visit!;
        await page.getByLabel(phoneNl['phone.visit.host']).fill(visit.host);
        await page.getByLabel(phoneNl['phone.visit.when']).fill(visit.when);
        await page.getByLabel(phoneNl['phone.visit.question']).fill(visit.question);
        await expect(page.getByTestId('visit-host')).toHaveValue(visit.host);
        await expect(page.getByTestId('visit-when')).toHaveValue(visit.when);
        await expect(page.getByTestId('visit-question')).toHaveValue(visit.question);
        if (phone === anouk) await shoot(page, 'phone-visit-form-360', true);
        await page.getByRole('button', { name: phoneNl['phone.visit.submit'] }).click();
        const state = page.getByTestId('answer-state');
        await expect(state).toHaveAttribute('data-state', 'sent');
        await expect(state).toHaveText(`✓${phoneNl['phone.visit.sent']}`);
        // Saved and unchanged: no button to save it again.
        await expect(page.getByTestId('visit-submit')).toHaveCount(0);
      }

      const group = desk.getByTestId('group');
      const member = (phone: Phone<Person>) =>
        group.getByRole('listitem').filter({ hasText: phone.name });
      for (const phone of agreeing) {
        await expect(member(phone).getByTestId('pair-agreed')).toHaveText(
          `· ✓ ${consoleNl['console.pairs.agreed']}`,
        );
      }
      await expect(member(chris).getByTestId('pair-agreed')).toHaveCount(0);
      await expect(group.getByTestId('pair-agreed')).toHaveCount(agreeing.length);
      await expect(desk.getByTestId('answered-count')).toHaveAttribute(
        'data-answered',
        String(agreeing.length),
      );

      const meter = presenter.getByTestId('presenter-answered');
      await expect(meter).toHaveText('2 van 3 hebben een afspraak vastgelegd');
      await expect(meter).toHaveText(
        say(presenterNl['presenter.answered.visit'], { complete: 2, members: 3 }),
      );
      // What they agreed stays theirs: not on the projector, not on the console, not on Chris's phone.
      for (const phone of agreeing) {
        for (const page of [presenter, desk, chris.page]) {
          await expect(page.locator('body')).not.toContainText(phone.visit!.host);
        }
      }
      await expect(chris.page.getByTestId('answer-state')).not.toHaveAttribute(
        'data-state',
        'sent',
      );

      await desk.getByTestId('activity-panel').scrollIntoViewIfNeeded();
      await shoot(desk, 'console-visit-1280x800');
      await shoot(presenter, 'presenter-visit-1280x800');
    });

    await test.step('day 1 closes, day 2 starts', async () => {
      await jump(desk, dayOneEnd!);
      await desk
        .getByRole('button', {
          name: say(consoleNl['console.meeting.close'], { title: dayOne!.title }),
        })
        .click();
      await desk.getByRole('button', { name: consoleNl['console.meeting.closeConfirm'] }).click();
      await expect(
        desk.getByText(say(consoleNl['console.meeting.resting'], { title: dayOne!.title })),
      ).toBeVisible();
      for (const page of room.phonePages) {
        await expect(
          page.getByRole('heading', {
            level: 1,
            name: say(phoneNl['phone.rest.title'], { title: dayOne!.title }),
          }),
        ).toBeVisible();
      }
      await desk
        .getByRole('button', {
          name: say(consoleNl['console.meeting.start'], { title: dayTwo!.title }),
        })
        .click();
      const firstOfDayTwo = programme.blocks.find((b) => meetingOf(b) === 2)!;
      await expect(desk.getByTestId('current-block')).toHaveAttribute(
        'data-block-id',
        firstOfDayTwo.id,
      );
    });

    await test.step('day 2, the report-back: each phone its own agreement, or a word that there was none', async () => {
      await jump(desk, reportBack);
      await expectEverywhere(room, reportBack);
      for (const phone of phones) {
        const region = phone.page.getByRole('region', { name: phoneNl['phone.lookBack.visit'] });
        await expect(region).toBeVisible();
        await expect(phone.page.getByLabel(reportBack.prompt)).toBeVisible();
        const others = phones.filter((other) => other !== phone);
        if (phone.visit === null) {
          await expect(region).toHaveText(
            `${phoneNl['phone.lookBack.visit']}${phoneNl['phone.lookBack.noVisit']}`,
          );
          await expect(region.getByTestId('visit-agreement')).toHaveCount(0);
        } else {
          const card = region.getByTestId('visit-agreement');
          await expect(card).toHaveCount(1);
          await expect(card).toHaveAttribute('data-block-id', planning.id);
          await expect(card.locator('dd')).toHaveText([
            phone.visit.host,
            phone.visit.when,
            phone.visit.question,
          ]);
          await expect(card.locator('dt')).toHaveText([
            phoneNl['phone.visit.at'],
            phoneNl['phone.visit.on'],
            phoneNl['phone.visit.asked'],
          ]);
          const withWhom = card.locator('.visit-agreement__with');
          // The partners in the order the draw put them.
          const [first, second] = others.map((other) => other.name);
          const names = [`${first}, ${second}`, `${second}, ${first}`];
          await expect(withWhom).toHaveText(
            new RegExp(
              `^(${names.map((n) => escape(say(phoneNl['phone.visit.with'], { names: n }))).join('|')})$`,
            ),
          );
        }
        // Never another's agreement.
        for (const other of others) {
          if (other.visit === null) continue;
          for (const text of Object.values(other.visit)) {
            await expect(phone.page.locator('body')).not.toContainText(text);
          }
        }
      }
      await checkScreen(anouk.page, testInfo, 'phone report-back with agreement');
      await checkScreen(chris.page, testInfo, 'phone report-back without agreement');
      await shoot(anouk.page, 'phone-report-back-360', true);
    });

    await test.step('day 2, the stellingenlijst again: the projector shows the group then and now', async () => {
      await jump(desk, listNow);
      await expectEverywhere(room, listNow);
      for (const page of room.phonePages) {
        await expect(page.getByTestId('statements-progress')).toHaveAttribute('data-answered', '0');
      }
      await answerLists(room, listNow, (person) => person.now);
      await lockAndReveal(room);

      const then = groupMean(listThen, (person) => person.then);
      const now = groupMean(listNow, (person) => person.now);
      const results = presenter.getByTestId('presenter-results');
      await expect(
        results.getByRole('img', { name: presenterNl['presenter.spread.shiftTitle'] }),
      ).toBeVisible();
      await expect(results.getByTestId('ternary-point')).toHaveCount(3);
      const earlier = results.getByTestId('ternary-earlier-marker');
      await expect(earlier).toHaveCount(1);
      await expect(earlier.locator('circle.ternary__earlier')).toBeVisible();
      // The shift is long enough for the arrow from then to now.
      await expect(earlier.locator('line.ternary__shift')).toBeVisible();
      await expect(earlier.locator('polygon.ternary__shift-head')).toBeVisible();
      await expect(results.getByTestId('ternary-earlier')).toHaveText(
        say(chartsNl['ternary.describe.earlier'], {
          bureaucraat: percent(then.bureaucraat),
          ondernemer: percent(then.ondernemer),
          verbinder: percent(then.verbinder),
        }),
      );
      for (const type of IDEAL_TYPES) {
        await expect(results.getByTestId(`presenter-then-${type}`)).toHaveText(
          say(presenterNl['presenter.spread.then'], { percent: percent(then[type]) }),
        );
        await expect(results.getByTestId(`presenter-mean-${type}`)).toHaveText(
          say(presenterNl['presenter.spread.mean'], { percent: percent(now[type]) }),
        );
      }
      // The plan shifts the group from the Bureaucraat to the Verbinder.
      expect(now.verbinder).toBeGreaterThan(then.verbinder);
      expect(now.bureaucraat).toBeLessThan(then.bureaucraat);
      await expect(results.getByTestId('presenter-then')).toHaveText(
        say(presenterNl['presenter.spread.thenFrom'], { title: listThen.title }),
      );
      await checkScreen(presenter, testInfo, 'presenter then and now');
      await shoot(presenter, 'presenter-then-now-1280x800');
    });

    expect(room.problems).toEqual([]);
  } finally {
    await room.close();
  }
});
