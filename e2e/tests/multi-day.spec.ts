import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { API, ProgrammeVersionSchema, ScenarioSchema } from '@samenspel/shared';
import { consoleNl } from '../../client/src/i18n/sections/console.nl.js';
import { phoneNl } from '../../client/src/i18n/sections/phone.nl.js';
import { apiSignIn } from '../support/api.js';
import { checkScreen } from '../support/axe.js';
import { desktopContext, watchPage } from '../support/browsers.js';
import { createRoom, roomRow, signIn } from '../support/facilitator.js';
import { enterCode, joinAs, writeIntentions, writeReflection } from '../support/phone.js';

/**
 * The two-day cohort of the server's meeting test (server/test/meetings.test.ts). The e2e server
 * only loads the shipped templates, so the file comes in as a trainer brings one: imported into
 * the studio, and played as one of the trainer's own programmes.
 */
const FIXTURE = new URL('../../server/test/fixtures/meetings/twee-dagen.yaml', import.meta.url);
const yamlText = readFileSync(FIXTURE, 'utf8');
const programme = ScenarioSchema.parse(parse(yamlText));
const block = (id: string) => {
  const found = programme.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`twee-dagen has no block "${id}"`);
  return found;
};
const intentionsBlock = block('voornemens');
const lookBack = block('terugblik');
if (lookBack.kind !== 'reflection') throw new Error('terugblik is no reflection');
const [dayOne, dayTwo] = programme.meetings!;

/** A catalog message with its placeholders filled in, as the screen says it. */
const say = (message: string, values: Record<string, string> = {}) =>
  message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);

const NAME = 'Anouk de Wit';
const INTENTIONS = [
  'Voor elk raadsvoorstel bel ik eerst de wethouder.',
  'Eens per maand loop ik een ochtend mee met de wijkagent.',
];
const REFLECTION =
  'De wethouder bellen lukte twee keer; meelopen met de wijkagent is er nog niet van gekomen.';

const PHONE = { width: 360, height: 740 };

/** Another phone: its own browser context, so its own (here: empty) storage. */
async function phone(browser: Browser, label: string, problems: string[]) {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = watchPage(await context.newPage(), label, problems);
  return { context, page };
}

/** Nothing sticks out sideways at 360 px: no sideways scrolling on a phone. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

/** The rest screen of day one, as the phone shows it between the meetings. */
async function expectResting(page: Page): Promise<void> {
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: say(phoneNl['phone.rest.title'], { title: dayOne!.title }),
    }),
  ).toBeVisible();
  await expect(
    page.getByText(say(phoneNl['phone.rest.next'], { next: dayTwo!.title })),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: phoneNl['phone.rest.link'] })).toBeVisible();
  await expect(page.getByRole('button', { name: phoneNl['phone.rest.copy'] })).toBeVisible();
}

/**
 * A training of two days (docs/running-a-workshop.md, "A training of several days"): intentions
 * on day one, the room rests, the participant comes back weeks later on another device through
 * the personal return link, and day two opens with their own intentions. A link that was
 * tampered with is refused plainly.
 */
test('two days: the return link brings a participant back on another device, with their own intentions', async ({
  browser,
  request,
}, testInfo) => {
  test.slow();
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  try {
    // The trainer brings the two-day programme into the studio.
    const token = await apiSignIn(request);
    const imported = await request.post(API.programmeImport, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/yaml' },
      data: yamlText,
    });
    expect(imported.status()).toBe(201);
    const { programmeId, problems: found } = ProgrammeVersionSchema.parse(await imported.json());
    expect(found).toEqual([]);

    // ── Day one ─────────────────────────────────────────────────────────────────────────────
    const laptop = await desktopContext(browser, { width: 1280, height: 800 });
    contexts.push(laptop);
    const desk = watchPage(await laptop.newPage(), 'console', problems);
    await signIn(desk);
    const { roomId, code } = await createRoom(desk, `own:${programmeId}`);
    await roomRow(desk, roomId).getByTestId('room-console-link').click();
    await expect(desk.getByTestId('join-code')).toHaveAttribute('data-code', code);

    const first = await phone(browser, 'phone (day one)', problems);
    contexts.push(first.context);
    await enterCode(first.page, code);
    await joinAs(first.page, NAME);
    await expect(first.page.getByTestId('participant-welcome')).toHaveText(`Welkom, ${NAME}`);
    const row = desk.getByTestId('participant-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('participant-name')).toHaveText(NAME);

    await desk.getByTestId('session-start').click();
    await expect(desk.getByTestId('room-status')).toHaveAttribute('data-status', 'running');
    await desk.getByTestId('block-next').click();
    await expect(first.page.getByTestId('block-title')).toHaveText(intentionsBlock.title);

    await writeIntentions(first.page, INTENTIONS);
    await expect(
      first.page.getByRole('status').filter({ hasText: phoneNl['phone.state.sentIntentions'] }),
    ).toBeVisible();
    await expect(
      first.page.getByRole('heading', { name: phoneNl['phone.intentions.saved'] }),
    ).toBeVisible();
    await expect(row.getByTestId('participant-answered')).toBeVisible();

    // The console closes day one, after asking once more.
    await desk
      .getByRole('button', {
        name: say(consoleNl['console.meeting.close'], { title: dayOne!.title }),
      })
      .click();
    await expect(
      desk.getByText(say(consoleNl['console.meeting.closeQuestion'], { next: dayTwo!.title })),
    ).toBeVisible();
    await desk.getByRole('button', { name: consoleNl['console.meeting.closeConfirm'] }).click();
    await expect(
      desk.getByText(say(consoleNl['console.meeting.resting'], { title: dayOne!.title })),
    ).toBeVisible();

    // The phone rests and shows its personal return link.
    await expectResting(first.page);
    const linkField = first.page.getByRole('textbox', { name: phoneNl['phone.rest.linkLabel'] });
    await expect(linkField).toHaveValue(new RegExp(`/j/${code}#terug=[\\w-]+\\.[\\w-]{43}$`));
    const returnLink = await linkField.inputValue();
    await expectNoSidewaysScroll(first.page);
    await checkScreen(first.page, testInfo, 'phone rest screen');
    // The phone is put away until day two.
    await first.context.close();
    await expect(row).toHaveAttribute('data-presence', /dropped|left/);

    // ── Weeks later, on another device ──────────────────────────────────────────────────────
    const second = await phone(browser, 'phone (day two, another device)', problems);
    contexts.push(second.context);
    await second.page.goto(returnLink);
    await expectResting(second.page);
    await expect(second.page.getByTestId('join-name')).toHaveCount(0);
    // Whom this device is back as, said in words.
    await expect(second.page.getByTestId('rest-who')).toHaveText(
      say(phoneNl['phone.rest.you'], { name: NAME }),
    );
    // The link leaves the address bar; the device now holds the same link.
    await expect(second.page).toHaveURL(new RegExp(`/j/${code}$`));
    await expect(
      second.page.getByRole('textbox', { name: phoneNl['phone.rest.linkLabel'] }),
    ).toHaveValue(returnLink);
    // The person's own day-one intentions are in their summary on this device.
    await second.page.getByText(phoneNl['phone.summary.mine']).click();
    const mySummary = second.page.getByTestId('summary-so-far');
    for (const intention of INTENTIONS) await expect(mySummary).toContainText(intention);
    // The console still lists one participant, the same one, connected again.
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('participant-name')).toHaveText(NAME);
    await expect(row).toHaveAttribute('data-presence', 'connected');

    // ── Day two ─────────────────────────────────────────────────────────────────────────────
    await desk
      .getByRole('button', {
        name: say(consoleNl['console.meeting.start'], { title: dayTwo!.title }),
      })
      .click();
    await expect(desk.getByTestId('current-block')).toHaveAttribute('data-block-id', lookBack.id);
    await expect(second.page.getByTestId('block-title')).toHaveText(lookBack.title);
    const mine = second.page.getByRole('region', { name: phoneNl['phone.lookBack.mine'] });
    await expect(mine.getByRole('listitem')).toHaveText(INTENTIONS);
    await expect(second.page.getByLabel(lookBack.prompt)).toBeVisible();
    await writeReflection(second.page, REFLECTION, lookBack.maxLength);
    await expect(
      second.page.getByRole('status').filter({ hasText: phoneNl['phone.state.sentReflection'] }),
    ).toBeVisible();
    await expectNoSidewaysScroll(second.page);
    await checkScreen(second.page, testInfo, 'phone day-two look-back reflection');

    const arrived = desk.getByTestId('reflection-item').filter({ hasText: REFLECTION });
    await expect(arrived).toBeVisible();
    await expect(arrived.getByTestId('reflection-author')).toHaveText(NAME);

    // ── A return link that was tampered with ────────────────────────────────────────────────
    const hash = returnLink.indexOf('#terug=') + '#terug='.length;
    const hmac = returnLink.indexOf('.', hash) + 1;
    const at = hmac + 10;
    const tampered =
      returnLink.slice(0, at) + (returnLink[at] === 'A' ? 'B' : 'A') + returnLink.slice(at + 1);
    expect(tampered).not.toBe(returnLink);
    const stranger = await phone(browser, 'phone (tampered link)', problems);
    contexts.push(stranger.context);
    await stranger.page.goto(tampered);
    await expect(
      stranger.page.getByRole('heading', { level: 1, name: phoneNl['phone.return.refusedTitle'] }),
    ).toBeVisible();
    await expect(
      stranger.page.getByRole('button', { name: phoneNl['phone.return.joinNew'] }),
    ).toBeVisible();
    await expect(stranger.page.getByTestId('participant-resting')).toHaveCount(0);
    await expect(stranger.page.getByTestId('look-back')).toHaveCount(0);
    await expect(stranger.page.getByText(INTENTIONS[0]!)).toHaveCount(0);
    await expectNoSidewaysScroll(stranger.page);
    // Nobody new came in, and the real participant is still there.
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-presence', 'connected');

    expect(problems).toEqual([]);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});
