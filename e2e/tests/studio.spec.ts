import { expect, test, type Page } from '@playwright/test';
import { API, PATHS, type ProgrammeVersion } from '@samenspel/shared';
import { apiSignIn } from '../support/api.js';
import { checkScreen } from '../support/axe.js';
import { desktopContext, phoneContext, watchPage } from '../support/browsers.js';
import { roomRow, signIn } from '../support/facilitator.js';

const LAPTOP = { width: 1280, height: 800 };
const NEW_CASE_TITLE = 'Windpark De Hoge Veenen';
const NEW_CASE_TEXT =
  'De **provincie Noorderland** wil vóór de zomer een windpark vergunnen. De gedeputeerde heeft het al aangekondigd; de omwonenden horen het uit de krant.';

/** The trainer's studio, from a template to a tailored session a phone plays. */
test.describe('the programme studio', () => {
  test('tailor the flagship: the case once, a vote added and moved, a problem fixed, saved, previewed and played', async ({
    browser,
    request,
  }, testInfo) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    const laptop = await desktopContext(browser, LAPTOP);
    const page = watchPage(await laptop.newPage(), 'studio', problems);
    await signIn(page);
    await page.getByTestId('studio-link').click();
    await expect(page.getByTestId('studio-list')).toBeVisible();
    await checkScreen(page, testInfo, 'studio list');

    // A copy of the shipped flagship opens in the editor, as version 1 of the trainer's own.
    await page
      .locator('[data-testid="template-row"][data-programme-id="bestuurlijke-sensitiviteit"]')
      .getByTestId('template-copy')
      .click();
    await expect(page.getByTestId('studio-editor')).toBeVisible();
    const programmeId = await page.getByTestId('studio-editor').getAttribute('data-programme-id');
    expect(programmeId).toMatch(/^p-[0-9a-f]{16}$/);
    await expect(page.getByTestId('open-version')).toHaveAttribute('data-version', '1');

    // The dossier, told once at the top, replaced for a province.
    await page.getByTestId('select-programme').click();
    await page.getByTestId('case-title').fill(NEW_CASE_TITLE);
    await page.getByTestId('case-text').fill(NEW_CASE_TEXT);

    // A vote after the third block, then moved up one place from the keyboard.
    const third = page.getByTestId('block-item').nth(2);
    const thirdId = await third.getAttribute('data-block-id');
    await third.getByTestId('block-select').click();
    await page.getByTestId('new-block-kind').selectOption('poll');
    await page.getByTestId('add-block').click();
    await expect(page.getByTestId('block-form')).toHaveAttribute('data-kind', 'poll');
    const pollId = await page.getByTestId('block-form').getAttribute('data-block-id');
    await expect(page.getByTestId('block-item').nth(3)).toHaveAttribute('data-block-id', pollId!);
    await page
      .getByTestId('field-question')
      .fill('Wie belt u als eerste: de gedeputeerde of de omwonenden?');
    await page.getByTestId('block-item').nth(3).getByTestId('block-select').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByTestId('block-item').nth(2)).toHaveAttribute('data-block-id', pollId!);
    await expect(page.getByTestId('block-item').nth(3)).toHaveAttribute('data-block-id', thirdId!);
    await expect(page.getByTestId('block-announcement')).toContainText('plaats 3 van');

    // The vote's minutes no longer add up to the programme's total: the checker says where.
    const minutesProblem = page.locator('[data-testid="problem"][data-path="minutes"]');
    await expect(minutesProblem).toBeVisible();
    await expect(page.getByTestId('draft-warning')).toBeVisible();
    await minutesProblem.click();
    const total = page.getByTestId('programme-minutes');
    await expect(total).toBeFocused();
    const hint = await page.locator('#studio-field-minutes-hint').textContent();
    const added = Number(/(\d+) min/.exec(hint ?? '')?.[1]);
    expect(added).toBeGreaterThan(300);
    await total.fill(String(added));
    await expect(page.getByTestId('problems').locator('h2')).toHaveAttribute('data-count', '0');
    await checkScreen(page, testInfo, 'studio editor');

    await page.locator('#studio-save-note').fill('Dossier voor de provincie, stemming erbij');
    await page.getByTestId('save').click();
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
    await expect(page.getByTestId('open-version')).toHaveAttribute('data-version', '2');

    // The preview of the first casus round: the phone reads the new dossier.
    await page
      .locator('[data-testid="block-item"][data-block-id="casus-bureaucraat"]')
      .getByTestId('block-select')
      .click();
    await page.getByTestId('tab-preview').click();
    await expect(page.getByTestId('preview-phone')).toContainText(NEW_CASE_TITLE);
    await page.getByTestId('preview-show-projector').click();
    await expect(page.getByTestId('preview-projector')).toBeVisible();

    // What was saved is what the API holds, and exports as YAML that names the new dossier.
    const token = await apiSignIn(request);
    const auth = { authorization: `Bearer ${token}` };
    const latest = (await (
      await request.get(API.programme(programmeId!), { headers: auth })
    ).json()) as ProgrammeVersion;
    expect(latest.meta).toMatchObject({
      version: 2,
      problemCount: 0,
      note: 'Dossier voor de provincie, stemming erbij',
    });
    const yaml = await (
      await request.get(API.programmeYaml(programmeId!, 2), { headers: auth })
    ).text();
    expect(yaml).toContain(NEW_CASE_TITLE);

    // A session from version 2 on the new-session page; a phone in the first casus round reads the new case.
    await page.goto(PATHS.facilitatorHome);
    await page.getByTestId('new-room-scenario').selectOption(`own:${programmeId}`);
    await page.getByTestId('new-room-submit').click();
    const created = page.getByTestId('room-created');
    await expect(created).toBeVisible();
    const roomId = (await created.getAttribute('data-room-id'))!;
    const code = (await created.getAttribute('data-code'))!;
    await roomRow(page, roomId).getByTestId('room-console-link').click();
    await page.getByTestId('session-start').click();
    for (let step = 0; step < 40; step++) {
      const current = await page.getByTestId('current-block').getAttribute('data-block-id');
      if (current === 'casus-bureaucraat') break;
      await page.getByTestId('block-next').click();
      await expect(page.getByTestId('current-block')).not.toHaveAttribute(
        'data-block-id',
        current!,
      );
    }
    await expect(page.getByTestId('current-block')).toHaveAttribute(
      'data-block-id',
      'casus-bureaucraat',
    );
    const phoneContextForPlayer = await phoneContext(browser, 'Pixel 7');
    const phone = watchPage(await phoneContextForPlayer.newPage(), 'phone', problems);
    await phone.goto(PATHS.join(code));
    await phone.getByTestId('join-name').fill('Femke');
    await phone.getByTestId('join-submit').click();
    await expect(phone.getByTestId('current-block')).toHaveAttribute(
      'data-block-id',
      'casus-bureaucraat',
    );
    await expect(phone.getByTestId('current-block')).toContainText(NEW_CASE_TITLE);
    await expect(phone.getByTestId('current-block')).toContainText('provincie Noorderland');

    const events = (await (await request.get(API.events(roomId), { headers: auth })).json()) as {
      events: Array<{ type: string; programme?: unknown }>;
    };
    expect(events.events[0]).toMatchObject({
      type: 'room_created',
      programme: { id: programmeId, version: 2 },
    });

    await phoneContextForPlayer.close();
    await laptop.close();
    expect(problems).toEqual([]);
  });

  test('two trainers save the same programme: the second is told, and nothing is overwritten', async ({
    browser,
    request,
  }) => {
    const token = await apiSignIn(request);
    const auth = { authorization: `Bearer ${token}` };
    const copy = (await (
      await request.post(API.programmes, {
        headers: auth,
        data: { from: { programmeId: 'demo' }, note: '' },
      })
    ).json()) as ProgrammeVersion;
    const open = async (): Promise<Page> => {
      const context = await desktopContext(browser, LAPTOP);
      const page = await context.newPage();
      await signIn(page);
      await page.goto(PATHS.studioProgramme(copy.programmeId));
      await expect(page.getByTestId('studio-editor')).toBeVisible();
      await page.getByTestId('select-programme').click();
      return page;
    };
    const eva = await open();
    const joost = await open();

    await eva.getByTestId('programme-title').fill('Demo voor de gemeente Zuiderdam');
    await eva.getByTestId('save').click();
    await expect(eva.getByTestId('open-version')).toHaveAttribute('data-version', '2');

    await joost.getByTestId('programme-title').fill('Demo voor het waterschap');
    await joost.getByTestId('save').click();
    await expect(joost.getByTestId('save-conflict')).toBeVisible();
    await expect(joost.getByTestId('save-conflict')).toContainText('Versie 2');
    await expect(joost.getByTestId('programme-title')).toHaveValue('Demo voor het waterschap');

    const latest = (await (
      await request.get(API.programme(copy.programmeId), { headers: auth })
    ).json()) as ProgrammeVersion;
    expect(latest.meta.version).toBe(2);
    expect((latest.scenario as { title: string }).title).toBe('Demo voor de gemeente Zuiderdam');

    // Joost takes Eva's version: his own change is dropped, hers is on screen.
    joost.once('dialog', (dialog) => void dialog.accept());
    await joost.getByTestId('conflict-open-theirs').click();
    await expect(joost.getByTestId('programme-title')).toHaveValue(
      'Demo voor de gemeente Zuiderdam',
    );
    await expect(joost.getByTestId('open-version')).toHaveAttribute('data-version', '2');

    await eva.context().close();
    await joost.context().close();
  });

  test('the studio list on a phone: usable at 360 px, and a broken import lists its problems', async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(PATHS.studio);
    await expect(page.getByTestId('studio-list')).toBeVisible();
    // Not a programme at all (the YAML itself is broken): refused, with the checker's words.
    await page.getByTestId('studio-import').setInputFiles({
      name: 'kapot.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('id: kapot\ntitle: [Kapot\nminutes: 10\n'),
    });
    await expect(page.getByTestId('studio-import-status')).toHaveAttribute(
      'data-status',
      'refused',
    );
    await expect(page.getByTestId('import-problems')).toContainText('regel');
    await checkScreen(page, testInfo, 'studio list on a phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);

    // A programme with a mistake in it comes in as a draft, its problem shown where it is.
    await page.getByTestId('studio-import').setInputFiles({
      name: 'stelling.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(
        'id: bijna\ntitle: Bijna goed\nminutes: 10\nblocks:\n  - id: een\n    kind: stelling\n    title: Een\n    minutes: 10\n',
      ),
    });
    await expect(page.getByTestId('studio-import-status')).toHaveAttribute('data-status', 'draft');
    await expect(
      page.locator('[data-testid="import-problem"][data-path="blocks[0].kind"]'),
    ).toBeVisible();
    await page.getByTestId('studio-import-open').click();
    await expect(page.getByTestId('studio-editor')).toBeVisible();
    await expect(page.locator('[data-testid="problem"][data-path="blocks[0].kind"]')).toBeVisible();
    await expect(page.getByTestId('draft-warning')).toBeVisible();
    await checkScreen(page, testInfo, 'studio editor on a phone');
    const editorWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(editorWidth).toBeLessThanOrEqual(360);
    await context.close();
  });
});
