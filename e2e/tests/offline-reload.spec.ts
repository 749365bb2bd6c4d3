import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PATHS } from '@samenspel/shared';
import { apiCreateRoom, apiSignIn } from '../support/api.js';
import { checkScreen } from '../support/axe.js';
import { phoneContext } from '../support/browsers.js';
import { signIn } from '../support/facilitator.js';

/**
 * A phone that reloads on dead Wi-Fi: the service worker opens the page from its cache, the
 * phone shows the block it last saw and says it is offline, a vote given then waits, and it
 * arrives once the network is back.
 */
test.describe('a reload without network', () => {
  let desk: Page;
  let phone: BrowserContext;

  test.afterEach(async () => {
    await phone?.close();
    await desk?.context().close();
  });

  test('opens the page, shows the last block and sends the vote once back online', async ({
    browser,
    request,
  }, testInfo) => {
    const token = await apiSignIn(request);
    const { roomId, code } = await apiCreateRoom(request, token, 'demo');
    desk = await (await browser.newContext()).newPage();
    await signIn(desk);
    await desk.goto(PATHS.console(roomId));
    await desk.getByTestId('session-start').click();

    phone = await phoneContext(browser, 'Pixel 7');
    const page = await phone.newPage();
    await page.goto(PATHS.join(code));
    await page.getByTestId('join-name').fill('Femke');
    await page.getByTestId('join-submit').click();
    await expect(page.getByTestId('current-block')).toHaveAttribute('data-block-id', 'welkom');
    // The worker installs after the first load and then takes the page over.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    });
    for (const blockId of ['mini-casus', 'eerste-stap']) {
      await desk.getByTestId('block-next').click();
      await expect(page.getByTestId('current-block')).toHaveAttribute('data-block-id', blockId);
    }

    await phone.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('current-block')).toHaveAttribute('data-block-id', 'eerste-stap');
    await expect(page.getByTestId('connection-status')).toHaveAttribute(
      'data-status',
      /^(reconnecting|offline|connecting)$/,
    );
    await expect(page.getByTestId('connection-status')).not.toHaveAttribute(
      'data-status',
      'online',
    );
    await checkScreen(page, testInfo, 'phone offline after a reload');

    const option = page.locator('[data-testid="poll-option"][data-option-id="buurt"]');
    await option.click();
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'pending');

    await phone.setOffline(false);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'online', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
    await expect(desk.getByTestId('answered-count')).toHaveAttribute('data-answered', '1');
  });
});
