import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { API, PATHS, SelfTestListSchema, type IdealType } from '@samenspel/shared';
import { checkScreen } from '../support/axe.js';
import { phoneContext, watchPage } from '../support/browsers.js';
import { Room } from '../support/room.js';

/**
 * Answers every statement on screen as someone who leans to `type`: agrees with its statements
 * (disagrees with its reversed ones) and stays lukewarm on the rest. The types come from the
 * self-test's public list.
 */
async function answerAll(page: Page, type: IdealType): Promise<void> {
  const list = SelfTestListSchema.parse(await (await page.request.get(API.selfTest)).json());
  const statements = page.getByTestId('scale-statement');
  await expect(statements).toHaveCount(list.items.length);
  for (const item of list.items) {
    const value = item.type === type ? (item.reversed ? 1 : 5) : 2;
    await page
      .locator(`[data-testid="scale-statement"][data-statement-id="${item.id}"]`)
      .locator(`[data-testid="scale-choice"][data-value="${value}"]`)
      .click();
  }
}

/**
 * The public self-test on a 360 px phone with a fresh browser: no room, no account. The picture
 * always shows once every statement is answered, downloads as SVG and PNG, and survives a
 * reload; nothing reaches the server until its owner makes a code.
 */
test('the self-test on a phone shows the picture, downloads it, and carries it into a room', async ({
  browser,
}, testInfo) => {
  const problems: string[] = [];
  const context = await phoneContext(browser, 'Galaxy S8');
  const page = watchPage(await context.newPage(), 'self-test phone', problems);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') posts.push(new URL(request.url()).pathname);
  });
  expect(page.viewportSize()?.width).toBe(360);

  await test.step('from the front door, to the statements', async () => {
    await page.goto('/');
    await page.getByTestId('self-test-link').click();
    await expect(page).toHaveURL(new RegExp(`${PATHS.selfTest}$`));
    await expect(page.getByTestId('scale-statement')).toHaveCount(24);
    await expect(page.getByTestId('self-test-left')).toHaveText(
      'Nog 24 stellingen, dan zie je je profiel.',
    );
    await checkScreen(page, testInfo, 'self-test start (360 px)');
  });

  await test.step('answered all, the picture and the three types show', async () => {
    await answerAll(page, 'bureaucraat');
    await expect(page.getByTestId('self-test-done')).toBeVisible();
    const result = page.getByTestId('self-test-result');
    await expect(result.getByTestId('ternary-chart')).toBeVisible();
    await expect(result.getByTestId('ternary-you-marker')).toBeVisible();
    // The picture in words for a screen reader.
    await expect(result.getByTestId('ternary-you')).toContainText('%');
    await expect(result.getByTestId('profile-type')).toHaveCount(3);
    await expect(result.getByRole('heading', { name: 'De drie ideaaltypen' })).toBeVisible();
    expect(posts).toEqual([]);
    await checkScreen(page, testInfo, 'self-test result (360 px)');
  });

  await test.step('the picture downloads as SVG and as PNG', async () => {
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('self-test-svg').click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('samenspel-zelftest-profiel.svg');
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Bureaucraat');
    expect(svg).toMatch(/<desc id="desc">[^<]*%/);
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('self-test-png').click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('samenspel-zelftest-profiel.png');
    const png = readFileSync((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 1600 × 2000: twice the SVG's size, read from the PNG's header.
    expect(png.readUInt32BE(16)).toBe(1600);
    expect(png.readUInt32BE(20)).toBe(2000);
    // Still nothing sent to the server.
    expect(posts).toEqual([]);
  });

  await test.step('a reload keeps every answer and the picture', async () => {
    await page.reload();
    await expect(page.getByTestId('statements-progress')).toHaveAttribute('data-answered', '24');
    await expect(page.getByTestId('ternary-you-marker')).toBeVisible();
  });

  let code = '';
  await test.step('making a code sends the answers, and only then', async () => {
    await page.getByTestId('self-test-make-code').click();
    code = (await page.getByTestId('self-test-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(posts).toEqual(['/api/self-test/results']);
  });

  await test.step('in a workshop, the code fills in the stellingenlijst, once', async () => {
    const room = await Room.open(browser, 'bestuurlijke-sensitiviteit', [
      { device: 'Galaxy S8', name: 'Ilse' },
      { device: 'Pixel 7', name: 'Joost' },
    ]);
    try {
      await room.joinAll();
      await room.start();
      const desk = room.facilitator;
      await desk
        .locator('[data-testid="agenda-item"][data-block-id="stellingenlijst"] button')
        .click();
      await expect(desk.getByTestId('current-block')).toHaveAttribute(
        'data-block-id',
        'stellingenlijst',
      );
      const [ilse, joost] = room.phonePages as [Page, Page];
      await ilse.getByText('Thuis al de zelftest gedaan?').click();
      await ilse.getByTestId('self-test-code-input').fill(code.toLowerCase());
      await ilse.getByTestId('self-test-code-submit').click();
      await expect(ilse.getByTestId('statements-progress')).toHaveAttribute('data-answered', '24');
      await expect(ilse.getByTestId('profile')).toBeVisible();
      await expect(ilse.getByTestId('profile-leaning')).toContainText('Bureaucraat');
      // The console counts her list as done.
      await expect(desk.getByTestId('answered-count')).toHaveAttribute('data-complete', '1');

      // The same code on another phone: said plainly, and nothing filled in.
      await joost.getByText('Thuis al de zelftest gedaan?').click();
      await joost.getByTestId('self-test-code-input').fill(code);
      await joost.getByTestId('self-test-code-submit').click();
      await expect(joost.getByTestId('self-test-carry-outcome')).toHaveText(
        'Deze zelftestcode is al eens meegenomen naar een workshop.',
      );
      await joost.getByTestId('self-test-code-input').fill('ZZZZ-ZZZZ');
      await joost.getByTestId('self-test-code-submit').click();
      await expect(joost.getByTestId('self-test-carry-outcome')).toHaveText(
        'Deze zelftestcode bestaat niet (of is verlopen). Kijk de code nog eens na.',
      );
      await expect(joost.getByTestId('statements-progress')).toHaveAttribute('data-answered', '0');
      await checkScreen(joost, testInfo, 'phone self-test code refused');
      expect(room.problems).toEqual([]);
    } finally {
      await room.close();
    }
  });

  expect(problems).toEqual([]);
  await context.close();
});

/** The laptop at 1280×800: the same page, wider. */
test('the self-test reads well on a laptop and in English', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(PATHS.selfTest);
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Self-test: what kind of civil servant are you?',
  );
  await answerAll(page, 'ondernemer');
  await expect(page.getByTestId('ternary-you-marker')).toBeVisible();
  await expect(page.getByTestId('self-test-left')).toHaveCount(0);
  await checkScreen(page, testInfo, 'self-test result (1280)');
  // Cleared on request, after asking once more.
  await page.getByTestId('self-test-restart').click();
  await page.getByTestId('self-test-restart-confirm').click();
  await expect(page.getByTestId('statements-progress')).toHaveAttribute('data-answered', '0');
  await context.close();
});
