import { expect, test } from '@playwright/test';
import { PATHS, type RoomSummary } from '@samenspel/shared';
import { watchPage } from '../support/browsers.js';
import { startOwnServerWithRoom } from '../support/own-server.js';
import { joinAs } from '../support/phone.js';

/** A server of its own with a join budget of two per address, so a third phone meets it. */
test.describe('the join budget of a network', () => {
  let server: Awaited<ReturnType<typeof startOwnServerWithRoom>>;
  let room: RoomSummary;

  test.beforeAll(async ({ playwright }) => {
    server = await startOwnServerWithRoom(playwright.request, { SAMENSPEL_JOINS_PER_ADDRESS: '2' });
    room = server.room;
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a phone past the budget is told in words how long to wait, and keeps its form', async ({
    browser,
  }) => {
    const problems: string[] = [];
    const phones = await Promise.all([1, 2, 3].map(() => browser.newContext()));
    const pages = await Promise.all(phones.map((context) => context.newPage()));
    pages.forEach((page, i) => watchPage(page, `phone ${i + 1}`, problems));
    for (const page of pages.slice(0, 2)) {
      await page.goto(`${server.baseURL}${PATHS.join(room.code)}`);
      await joinAs(page, null);
    }
    const third = pages[2]!;
    await third.goto(`${server.baseURL}${PATHS.join(room.code)}`);
    await third.getByTestId('join-name').fill('Derde telefoon');
    await third.getByTestId('join-submit').click();
    const notice = third.getByTestId('command-error');
    await expect(notice).toHaveAttribute('data-error-code', 'rate_limited');
    await expect(notice).toContainText(
      'Vanaf dit netwerk hebben zich zojuist erg veel telefoons aangemeld. Probeer het over 10 min opnieuw.',
    );
    await expect(third.getByTestId('join-form')).toBeVisible();
    await expect(third.getByTestId('join-submit')).toBeEnabled();
    // The name typed before the room arrived is still there, for the next try.
    await expect(third.getByTestId('join-name')).toHaveValue('Derde telefoon');
    await expect(third.getByTestId('participant-lobby')).toHaveCount(0);
    expect(problems).toEqual([]);
    await Promise.all(phones.map((context) => context.close()));
  });
});
