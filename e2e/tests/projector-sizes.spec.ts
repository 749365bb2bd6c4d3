import { expect, test, type Page } from '@playwright/test';
import { roleCards, type Block } from '@samenspel/shared';
import { answerPoll, answerScale, writeReflection } from '../support/phone.js';
import { Room, type PhoneSpec } from '../support/room.js';
import { loadScenario } from '../support/scenario.js';

// ── The flagship day, read from scenarios/bestuurlijke-sensitiviteit.yaml ───────────────────
const day = loadScenario('bestuurlijke-sensitiviteit');
const block = <K extends Block['kind']>(id: string, kind: K): Extract<Block, { kind: K }> => {
  const found = day.blocks.find((b) => b.id === id);
  if (!found || found.kind !== kind) throw new Error(`the flagship has no ${kind} block "${id}"`);
  return found as Extract<Block, { kind: K }>;
};
const casus = block('casus-bureaucraat', 'casus');
const poll = block('stem-bureaucraat', 'poll');
const scale = block('nulmeting', 'scale');
const statements = block('stellingenlijst', 'statements');
const reflection = block('mijn-profiel', 'reflection');
const roles = block('simulatie-1', 'roles');
const pause = block('pauze-ochtend', 'break');

const PHONES: PhoneSpec[] = [
  { device: 'Pixel 7', name: 'Anouk' },
  { device: 'iPhone 13', name: 'Bram' },
  { device: 'Galaxy S9+', name: null },
];
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
];

/** At 1920×1080, from the back of the room: body text and chart labels and counts, in px. */
const BODY_MIN_PX = 28;
const CHART_MIN_PX = 24;
/** The block's own body, below the bar with the programme's progress and the clock. */
const BODY = '[data-testid="presenter-block"] .stage__body';

/** The computed font sizes of every element with its own text under `selector`. */
async function textSizes(
  page: Page,
  selector: string,
): Promise<Array<{ text: string; px: number }>> {
  return page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [root, ...Array.from(root.querySelectorAll('*'))].flatMap((element) => {
        const own = Array.from(element.childNodes)
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent?.trim() ?? '')
          .join(' ')
          .trim();
        const style = getComputedStyle(element);
        const shown = element.getClientRects().length > 0 && style.visibility !== 'hidden';
        if (!own || !shown || element.closest('.visually-hidden')) return [];
        // An SVG's text is sized in its own units: scaled to the screen, as the room sees it.
        const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1;
        return [{ text: own.slice(0, 40), px: parseFloat(style.fontSize) * scale }];
      }),
    ),
  );
}

async function shoot(room: Room, name: string): Promise<void> {
  const info = test.info();
  for (const size of SIZES) {
    await room.presenter.setViewportSize(size);
    // Let the fit settle at the new size before the picture.
    await room.presenter.waitForTimeout(300);
    const file = info.outputPath(`presenter-${name}-${size.width}x${size.height}.png`);
    await room.presenter.screenshot({ path: file });
    await info.attach(`presenter ${name} ${size.width}x${size.height}`, {
      path: file,
      contentType: 'image/png',
    });
  }
  await room.presenter.setViewportSize(SIZES[0]!);
  await room.presenter.waitForTimeout(300);
}

/** Every phone at once taps a point per statement, each phone a different spread of points. */
async function everyPhoneAnswers(room: Room, ids: string[], points: number): Promise<void> {
  await Promise.all(
    room.phones.map((phone, i) =>
      answerScale(
        phone.page,
        ids.map((id, j) => [id, ((i * 2 + j) % points) + 1] as const),
      ),
    ),
  );
}

async function goto(room: Room, target: Block): Promise<void> {
  await room.facilitator
    .locator(`[data-testid="agenda-item"][data-block-id="${target.id}"] button`)
    .click();
  await room.expectBlock(target);
}

async function reveal(room: Room): Promise<void> {
  await room.facilitator.getByTestId('results-reveal').click();
  await expect(room.presenter.getByTestId('presenter-results')).toBeVisible();
}

test('the projector reads from the back of the room on every kind of block of the flagship day', async ({
  browser,
}) => {
  test.setTimeout(540_000);
  const room = await Room.open(browser, 'bestuurlijke-sensitiviteit', PHONES);
  try {
    await room.joinAll();
    await room.start();

    await test.step('case: the long casus at 28 px or more, never shrunk below', async () => {
      await goto(room, casus);
      await shoot(room, 'case');
      const sizes = await textSizes(room.presenter, '[data-testid="presenter-case"]');
      expect(sizes.length).toBeGreaterThan(5);
      const small = sizes.filter((size) => size.px < BODY_MIN_PX);
      expect.soft(small, 'case text under 28 px').toEqual([]);
      // Too long for the sheet at 28 px: it turns pages rather than shrink or get cut off.
      await expect(room.presenter.getByTestId('case-sheet')).toHaveAttribute('data-paged', 'true');
      await expect(room.presenter.getByTestId('case-page')).toHaveText(/^blad 1 van [2-9]$/);
      await expectNothingCut(room.presenter);
      const task = await textSizes(room.presenter, '[data-testid="block-text"]');
      expect
        .soft(
          task.filter((size) => size.px < BODY_MIN_PX),
          'task under 28 px',
        )
        .toEqual([]);
    });

    const charts = [
      {
        name: 'vote',
        target: poll,
        answer: () =>
          Promise.all(
            room.phones.map((phone, i) => answerPoll(phone.page, poll.options[i % 2]!.id)),
          ),
      },
      {
        name: 'scale',
        target: scale,
        answer: () =>
          everyPhoneAnswers(
            room,
            scale.statements.map((s) => s.id),
            scale.points,
          ),
      },
      {
        name: 'stellingenlijst',
        target: statements,
        answer: () =>
          everyPhoneAnswers(
            room,
            statements.items.map((item) => item.id),
            statements.points,
          ),
      },
    ];
    for (const chart of charts) {
      await test.step(`${chart.name}: labels, counts and legend readable`, async () => {
        await goto(room, chart.target);
        await chart.answer();
        await reveal(room);
        await shoot(room, chart.target.kind);
        await expectReadableChart(room.presenter);
      });
    }

    await test.step('reflection: a highlighted answer', async () => {
      await goto(room, reflection);
      const text =
        'Ik herken de Verbinder in mij: ik zoek eerst de mensen op, en vergeet soms de regels.';
      await writeReflection(room.phones[0]!.page, text, reflection.maxLength);
      await room.facilitator.getByTestId('reflection-highlight').first().click();
      await expect(room.presenter.getByTestId('presenter-highlight')).toHaveCount(1);
      await shoot(room, 'reflection');
      const sizes = await textSizes(room.presenter, BODY);
      expect
        .soft(
          sizes.filter((size) => size.px < BODY_MIN_PX),
          'reflection text',
        )
        .toEqual([]);
      await expectNothingCut(room.presenter);
    });

    await test.step('role play: the public cards, all of them whole', async () => {
      await goto(room, roles);
      // The flagship's role play plays the cast of its case, told once at the top.
      await expect(room.presenter.getByTestId('presenter-role')).toHaveCount(
        roleCards(day, roles)?.length ?? 0,
      );
      await shoot(room, 'roles');
      const names = await textSizes(
        room.presenter,
        `${BODY} :is(.stage-roles__setup, .stage-roles__status, .stage-card__name)`,
      );
      expect
        .soft(
          names.filter((size) => size.px < BODY_MIN_PX),
          'role names',
        )
        .toEqual([]);
      // What each role is about is supporting text (the player has their card on the phone).
      const cards = await textSizes(room.presenter, '[data-testid="presenter-role"]');
      expect
        .soft(
          cards.filter((size) => size.px < CHART_MIN_PX),
          'role cards',
        )
        .toEqual([]);
      await expectNothingCut(room.presenter);
    });

    await test.step('break: the clock', async () => {
      await goto(room, pause);
      await shoot(room, 'break');
    });
    expect(room.problems).toEqual([]);
  } finally {
    await room.close();
  }

  /** Every box that fits its text to the stage shows all of it (a paged case, page by page). */
  async function expectNothingCut(page: Page): Promise<void> {
    const cut = await page
      .locator(`${BODY} .stage-fit:not(.stage-casus__sheet--paged)`)
      .evaluateAll((boxes) =>
        boxes
          .filter(
            (box) =>
              box.scrollHeight > box.clientHeight + 2 || box.scrollWidth > box.clientWidth + 2,
          )
          .map((box) => `${box.className}: ${box.scrollHeight} > ${box.clientHeight}`),
      );
    expect.soft(cut, 'text cut off').toEqual([]);
  }

  async function expectReadableChart(page: Page): Promise<void> {
    const sizes = await textSizes(page, '[data-testid="presenter-results"]');
    expect(sizes.length).toBeGreaterThan(0);
    expect
      .soft(
        sizes.filter((size) => size.px < CHART_MIN_PX),
        'chart labels, counts and legend under 24 px',
      )
      .toEqual([]);
    await expect
      .soft(page.locator('[data-testid="presenter-results"] [data-testid="chart-legend"]'))
      .not.toHaveCount(0);
  }
});
