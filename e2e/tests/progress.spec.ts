import { expect, test } from '@playwright/test';
import type { Block } from '@samenspel/shared';
import { answerPoll, answerScale } from '../support/phone.js';
import { Room } from '../support/room.js';
import { loadScenario } from '../support/scenario.js';

const demo = loadScenario('demo');
const byId = (id: string): Block => {
  const block = demo.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`the demo has no block "${id}"`);
  return block;
};

/**
 * Counts and bars as a trainer reads them from across the room: a scale half filled in is
 * "bezig", not done, on the console and the projector alike; a vote's bars are shares of the
 * voters on an axis to 100%, not stretched to the top answer.
 */
test('the console and the projector tell finished answers from begun ones, and bars are shares of the voters', async ({
  browser,
}) => {
  test.slow();
  const room = await Room.open(browser, demo.id, [
    { device: 'Pixel 7', name: 'Anna de Vries' },
    { device: 'iPhone 13', name: 'Bram Jansen' },
  ] as const);
  try {
    await room.joinAll();
    await room.start();
    const [anna, bram] = room.phones;
    const desk = room.facilitator;
    const projector = room.presenter;
    for (const id of ['mini-casus', 'eerste-stap']) await room.next(byId(id));

    // One vote each for two options: each bar is half the axis, neither is stretched to full.
    await answerPoll(anna!.page, 'regels');
    await answerPoll(bram!.page, 'buurt');
    await expect(desk.getByTestId('answered-count')).toHaveText('2 van 2 klaar');
    await desk.getByTestId('results-reveal').click();
    const bar = (id: string) =>
      projector.locator(`[data-testid="poll-bar"][data-option-id="${id}"] .bars__fill`);
    await expect(bar('regels')).toHaveAttribute('style', /width: 50%/);
    await expect(bar('buurt')).toHaveAttribute('style', /width: 50%/);
    await expect(bar('plan')).toHaveAttribute('style', /width: 0%/);

    // The scale: Anna answers both statements, Bram one of two.
    await room.next(byId('thermometer'));
    await answerScale(anna!.page, [
      ['weet-wat-speelt', 4],
      ['durf-tegenspraak', 2],
    ]);
    await answerScale(bram!.page, [['weet-wat-speelt', 5]]);
    await expect(desk.getByTestId('answered-count')).toHaveText('1 van 2 klaar · 1 bezig');
    await expect(room.participantRow(anna!).getByTestId('participant-answered')).toHaveText(
      /klaar/,
    );
    await expect(room.participantRow(bram!).getByTestId('participant-started')).toHaveText('bezig');
    await expect(projector.getByTestId('presenter-answered')).toHaveText(
      '1 van 2 is klaar · 1 nog bezig',
    );

    // Bram finishes: nobody is busy any more.
    await answerScale(bram!.page, [['durf-tegenspraak', 3]]);
    await expect(desk.getByTestId('answered-count')).toHaveText('2 van 2 klaar');
    await expect(projector.getByTestId('presenter-answered')).toHaveText('2 van 2 zijn klaar');
    await expect(projector.getByTestId('presenter-started')).toHaveCount(0);
    expect(room.problems).toEqual([]);
  } finally {
    await room.close();
  }
});
