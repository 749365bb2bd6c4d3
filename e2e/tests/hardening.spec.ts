import { expect, test, type Page } from '@playwright/test';
import { watchPage } from '../support/browsers.js';
import { Room } from '../support/room.js';
import { loadScenario, onlyBlock } from '../support/scenario.js';
import { writeReflection } from '../support/phone.js';

const IMG_NAME = '<img src=x onerror=window.__pwned=1>';
const SCRIPT_NAME = '<script>window.__pwned=2</script>';
const REFLECTION = '<script>window.__pwned=3</script><img src=x onerror="window.__pwned=4">';

const reflection = onlyBlock(loadScenario('demo'), 'reflection');

/** Nothing a participant typed ran or became an element on this page. */
async function expectInert(page: Page, what: string): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: document.body.querySelectorAll('script').length,
  }));
  expect(found, what).toEqual({ pwned: null, images: 0, scripts: 0 });
}

test('the Content-Security-Policy blocks an injected inline script, and the page says so', async ({
  page,
}) => {
  const problems: string[] = [];
  watchPage(page, 'landing', problems);
  await page.goto('/');
  await expect(page.getByTestId('join-code-input')).toBeVisible();
  expect(problems).toEqual([]);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "inline"';
    document.body.append(script);
  });
  await expect.poll(() => problems.length).toBeGreaterThan(0);
  expect(problems.join('\n')).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
});

test('names and reflections with HTML stay text on every screen, under the CSP, with no violation', async ({
  browser,
}) => {
  const room = await Room.open(browser, 'demo', [
    { device: 'Pixel 7', name: IMG_NAME },
    { device: 'Pixel 7', name: SCRIPT_NAME },
  ]);
  try {
    const desk = room.facilitator;
    await room.joinAll();
    await expect(desk.getByTestId('participant-name')).toHaveText([IMG_NAME, SCRIPT_NAME]);
    await room.start();
    for (let step = 0; step < 20; step++) {
      const current = await desk.getByTestId('current-block').getAttribute('data-block-id');
      if (current === reflection.id) break;
      await desk.getByTestId('block-next').click();
      await expect(desk.getByTestId('current-block')).not.toHaveAttribute(
        'data-block-id',
        current ?? '',
      );
    }
    await room.expectBlock(reflection);

    await writeReflection(room.phones[0]!.page, REFLECTION, reflection.maxLength);
    const item = desk.getByTestId('reflection-item');
    await expect(item.locator('blockquote')).toHaveText([REFLECTION]);
    await item.getByTestId('reflection-highlight').click();
    await expect(room.presenter.getByTestId('presenter-highlight')).toHaveText([REFLECTION]);

    await expectInert(desk, 'console');
    await expectInert(room.presenter, 'presenter');
    for (const phone of room.phones) await expectInert(phone.page, phone.label);

    // The same session afterwards: replay in the library, then the printable report.
    await desk.goto('/facilitator/library');
    const row = desk.locator(`[data-testid="library-row"][data-room-id="${room.roomId}"]`);
    await row.getByTestId('library-open').click();
    const timeline = desk.getByTestId('replay-timeline');
    await timeline.focus();
    await desk.keyboard.press('End');
    await expect(
      desk.getByTestId('replay-presenter').getByTestId('presenter-highlight'),
    ).toHaveText([REFLECTION]);
    await expect(desk.getByTestId('replay-console').getByTestId('participant-name')).toHaveText([
      IMG_NAME,
      SCRIPT_NAME,
    ]);
    await expectInert(desk, 'replay');

    await desk.goBack();
    await row.getByTestId('library-export').click();
    const [report] = await Promise.all([
      desk.context().waitForEvent('page'),
      row.getByTestId('library-report').click(),
    ]);
    watchPage(report, 'report', room.problems);
    await expect(report.locator('body')).toContainText(REFLECTION);
    // Styled by its own style element, which the app's policy allows by hash.
    await expect(report.locator('body')).toHaveCSS('background-color', 'rgb(233, 230, 223)');
    await expectInert(report, 'report');

    expect(room.problems, 'no page errors, dialogs or CSP violations on any screen').toEqual([]);
  } finally {
    await room.close();
  }
});
