import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerPoll } from '../support/phone.js';
import { Room, type PhoneSpec } from '../support/room.js';

/**
 * What a trainer still noticed running the flagship with a laptop console at 1280×800, the
 * projector at 1080p and four phones 360 px wide: the bars of the rounds side by side, the
 * people list at a glance, sentences said twice and the language switch under a thumb.
 */
const PEOPLE: PhoneSpec[] = [
  { device: 'Galaxy S8', name: 'Anna de Vries' },
  { device: 'Galaxy S8', name: 'Bram Jansen' },
  { device: 'Galaxy S8', name: 'Chris Bakker' },
  { device: 'Galaxy S8', name: null },
];

async function gotoBlock(desk: Page, id: string): Promise<void> {
  await desk.locator(`[data-testid="agenda-item"][data-block-id="${id}"] button`).click();
  await expect(desk.getByTestId('current-block')).toHaveAttribute('data-block-id', id);
}

/** The widths of the bar tracks of each chart under `root`, one list per chart. */
async function trackWidths(root: Locator): Promise<number[][]> {
  return root.evaluate((element) =>
    Array.from(element.querySelectorAll('.bars__list')).map((list) =>
      Array.from(list.querySelectorAll('.bars__track')).map((track) =>
        Math.round(track.getBoundingClientRect().width),
      ),
    ),
  );
}

/** How often `sentence` is on the page, as the room reads it. */
async function timesSaid(page: Page, sentence: string): Promise<number> {
  const text = await page.locator('body').innerText();
  return text.split(sentence).length - 1;
}

test('the flagship as a trainer sees it: even bars, people at a glance, nothing said twice', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const room = await Room.open(browser, 'bestuurlijke-sensitiviteit', PEOPLE, {
    width: 1280,
    height: 800,
  });
  const desk = room.facilitator;
  const [anna, bram, chris] = room.phonePages;
  if (!anna || !bram || !chris) throw new Error('four phones expected');
  try {
    await room.joinAll();
    await room.start();

    await test.step('the console at 1280×800 shows several people at once, with "remove"', async () => {
      const list = desk.getByTestId('participant-list');
      await expect(desk.getByTestId('participant-remove')).toHaveCount(4);
      const inView = await list.evaluate((element) => {
        // The list scrolls in its own box, which shows what a glance takes in.
        const box = (element.closest('.console__scroll') ?? element).getBoundingClientRect();
        return Array.from(element.querySelectorAll('[data-testid="participant-row"]')).filter(
          (row) => {
            const r = row.getBoundingClientRect();
            return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
          },
        ).length;
      });
      await desk.screenshot({ path: test.info().outputPath('console-1280-people.png') });
      expect
        .soft(inView, 'people wholly in view without scrolling the list')
        .toBeGreaterThanOrEqual(3);
    });

    await test.step('a phone at 360 px: the language buttons are a full tap high', async () => {
      for (const option of await anna.locator('.language-switch__option').all()) {
        const box = await option.boundingBox();
        expect.soft(box?.height ?? 0, 'language button height').toBeGreaterThanOrEqual(44);
      }
    });

    await test.step('the projector says "more than one answer" once on a multiple-choice vote', async () => {
      await gotoBlock(desk, 'verwachtingen');
      await expect(room.presenter.getByTestId('presenter-question')).toBeVisible();
      expect.soft(await timesSaid(room.presenter, 'Meer antwoorden mogelijk')).toBe(1);
      expect.soft(await timesSaid(room.presenter, 'Meer dan één antwoord')).toBe(0);
    });

    await test.step('the projector says once where your own profile is', async () => {
      await gotoBlock(desk, 'stellingenlijst');
      await expect(room.presenter.getByTestId('presenter-block')).toHaveAttribute(
        'data-kind',
        'statements',
      );
      expect.soft(await timesSaid(room.presenter, 'profiel zie je')).toBe(1);
    });

    await test.step('three rounds side by side: every bar of a round has the same full length', async () => {
      const rounds: Array<[string, Page[], number]> = [
        ['stem-bureaucraat', [anna, bram, chris], 0],
        ['stem-ondernemer', [anna, bram], 2],
        ['stem-verbinder', [anna], 3],
      ];
      for (const [blockId, voters, option] of rounds) {
        await gotoBlock(desk, blockId);
        for (const [i, phone] of voters.entries()) {
          await answerPoll(
            phone,
            ['doorzetten', 'uitstellen', 'knippen', 'raad'][(option + i) % 4]!,
          );
        }
        await desk.getByTestId('results-reveal').click();
        await expect(room.presenter.getByTestId('presenter-results')).toBeVisible();
      }
      // Round 2 has "2 (100%)" beside "0 (0%)", round 1 "2 (67%)": the bars line up all the same.
      await expect(room.presenter.getByTestId('presenter-rounds')).toBeVisible();
      await room.presenter.screenshot({ path: test.info().outputPath('presenter-rounds.png') });
      await desk
        .getByTestId('activity-panel')
        .locator('.bars__list')
        .first()
        .scrollIntoViewIfNeeded();
      await desk.screenshot({ path: test.info().outputPath('console-rounds.png') });
      for (const [where, root] of [
        ['projector', room.presenter.getByTestId('presenter-rounds')],
        ['console', desk.getByTestId('activity-panel')],
      ] as const) {
        const charts = await trackWidths(root);
        expect(charts.length, `${where}: a chart per round`).toBeGreaterThanOrEqual(3);
        for (const widths of charts) {
          expect
            .soft(
              Math.max(...widths) - Math.min(...widths),
              `${where}: bars of one round, ${widths.join(' / ')} px`,
            )
            .toBeLessThanOrEqual(1);
          // And long enough to read a share from, also in the console's narrow columns.
          expect.soft(Math.min(...widths), `${where}: bar length`).toBeGreaterThanOrEqual(80);
        }
        if (where !== 'console') continue;
        // An empty bar is drawn in a colour of its own on every card, the current round's too
        // (the console's colours are opaque, so the same colour is the same as unseen).
        const unseen = await root.evaluate(
          (element) =>
            Array.from(element.querySelectorAll('.bars__track')).filter((track) => {
              const own = getComputedStyle(track);
              let at = track.parentElement;
              while (at && getComputedStyle(at).backgroundColor === 'rgba(0, 0, 0, 0)') {
                at = at.parentElement;
              }
              const behind = at ? getComputedStyle(at).backgroundColor : 'rgb(255, 255, 255)';
              return own.backgroundColor === behind && own.boxShadow === 'none';
            }).length,
        );
        expect.soft(unseen, `${where}: empty bars that blend into their card`).toBe(0);
      }
    });
    expect(room.problems).toEqual([]);
  } finally {
    await room.close();
  }
});
