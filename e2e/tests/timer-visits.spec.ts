import { expect, test } from '@playwright/test';
import { secondsLeft } from '../support/phone.js';
import { Room } from '../support/room.js';
import { loadScenario, onlyBlock } from '../support/scenario.js';

const demo = loadScenario('demo');
const [welcome, casus] = demo.blocks;
const pause = onlyBlock(demo, 'break');

test('a running timer survives going back a block and forward again, on every screen', async ({
  browser,
}) => {
  if (!welcome || !casus) throw new Error('the demo needs two blocks to go back and forth');
  const room = await Room.open(browser, 'demo', [{ device: 'Pixel 7', name: 'Anouk' }]);
  try {
    await room.joinAll();
    await room.start();
    const desk = room.facilitator;
    const screens = [desk, room.presenter, ...room.phonePages];
    await room.next(casus);
    await desk.getByTestId('timer-start').click();
    for (const page of screens) {
      await expect(page.getByTestId('timer').first()).toHaveAttribute(
        'data-timer-status',
        'running',
      );
    }

    // Some of the time is used before the trainer looks back.
    const clock = room.presenter.getByTestId('timer-remaining');
    await expect.poll(() => secondsLeft(clock)).toBeLessThan(casus.minutes * 60 - 1);
    await desk.getByTestId('block-previous').click();
    await room.expectBlock(welcome);
    await desk.getByTestId('block-next').click();
    await room.expectBlock(casus);
    // Back on the case: paused with what was left, never "not started".
    for (const page of screens) {
      await expect(page.getByTestId('timer').first()).toHaveAttribute(
        'data-timer-status',
        'paused',
      );
    }
    const left = (await clock.textContent())?.trim() ?? '';
    expect(await secondsLeft(clock)).toBeLessThan(casus.minutes * 60 - 1);
    await expect(desk.getByTestId('timer-kept')).toContainText(`${left} over — hervat`);

    await desk.keyboard.press('Space');
    for (const page of screens) {
      await expect(page.getByTestId('timer').first()).toHaveAttribute(
        'data-timer-status',
        'running',
      );
    }

    // The break starts its own clock on entering it.
    await desk.locator(`[data-testid="agenda-item"][data-block-id="${pause.id}"] button`).click();
    await room.expectBlock(pause);
    for (const page of screens) {
      await expect(page.getByTestId('timer').first()).toHaveAttribute(
        'data-timer-status',
        'running',
      );
    }
    await expect(desk.getByTestId('timer-auto')).toBeVisible();
    expect(room.problems).toEqual([]);
  } finally {
    await room.close();
  }
});
