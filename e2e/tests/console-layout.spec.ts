import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkScreen } from '../support/axe.js';
import { desktopContext, phoneContext } from '../support/browsers.js';
import { createRoom, roomRow, signIn } from '../support/facilitator.js';
import { answerPoll, joinAs } from '../support/phone.js';
import { Room, type PhoneSpec } from '../support/room.js';
import { loadScenario } from '../support/scenario.js';

/**
 * What a trainer noticed running the flagship with four phones, a console and a projector:
 * the console on a 1280×800 laptop, the phones at 360 px, the way back in, the end.
 */
const flagship = loadScenario('bestuurlijke-sensitiviteit');
const LAPTOP = { width: 1280, height: 800 };

// Two phones 360 px wide (the narrowest the app is made for), one anonymous.
const PEOPLE: PhoneSpec[] = [
  { device: 'Galaxy S8', name: 'Anna de Vries' },
  { device: 'Moto G4', name: 'Bram Jansen' },
  { device: 'Pixel 7', name: 'Chris Bakker' },
  { device: 'iPhone 13', name: null },
];

/** How far the page itself scrolls, in screens beyond the first. */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return (root.scrollHeight - window.innerHeight) / window.innerHeight;
  });
}

/** The element is on screen with the page scrolled to the top: no page scrolling needed. */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(locator, `${what} is on the first screen`).toBeInViewport();
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}

async function gotoBlock(desk: Page, id: string): Promise<void> {
  await desk.locator(`[data-testid="agenda-item"][data-block-id="${id}"] button`).click();
  await expect(desk.getByTestId('current-block')).toHaveAttribute('data-block-id', id);
}

test('the flagship on a 1280×800 console with four phones: everything in reach, to the end', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const room = await Room.open(browser, flagship.id, PEOPLE, LAPTOP);
  const desk = room.facilitator;
  const [anna, bram, chris, anonymous] = room.phones;
  if (!anna || !bram || !chris || !anonymous) throw new Error('four phones expected');
  try {
    await room.joinAll();
    await shot(desk, 'console-1280-lobby');
    await room.start();

    await test.step('the console at 1280×800: block, controls, notes, people and agenda in reach', async () => {
      await gotoBlock(desk, 'casus-bureaucraat');
      await shot(desk, 'console-1280-casus');
      await shot(desk, 'console-1280-casus-full', true);
      expect(await pageOverflow(desk), 'the page scrolls at most about a screen').toBeLessThan(
        0.25,
      );
      await expectOnFirstScreen(desk, desk.getByTestId('current-block'), 'the current block');
      await expectOnFirstScreen(desk, desk.getByTestId('block-next'), 'the next button');
      await expectOnFirstScreen(desk, desk.getByTestId('block-notes'), 'the notes');
      await expectOnFirstScreen(desk, desk.getByTestId('participant-list'), 'who is in');
      await expectOnFirstScreen(desk, desk.getByTestId('session-end'), 'end session');
      await expect(room.participantRow(anonymous)).toBeInViewport();
      // The agenda scrolls in its own column, and keeps the current block in sight.
      const current = desk.locator('[data-testid="agenda-item"][data-current="true"]');
      await expectOnFirstScreen(desk, current, 'the current block in the agenda');
      const last = desk.getByTestId('agenda-item').last();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      await expect(desk.getByTestId('session-end')).toBeInViewport();
      // Nothing of the notes is cut off inside their own panel.
      const clipped = await desk.getByTestId('block-notes').evaluate((notes) => {
        for (let at = notes.parentElement; at; at = at.parentElement) {
          const style = getComputedStyle(at);
          if (style.overflowY === 'hidden' && at.scrollHeight > at.clientHeight + 1) return true;
        }
        return false;
      });
      expect(clipped, 'the notes are not clipped').toBe(false);
      await checkScreen(desk, testInfo, 'console 1280x800 casus');
    });

    await test.step('keyboard shortcuts still move the session and show the list', async () => {
      await desk.keyboard.press('ArrowRight');
      await expect(desk.getByTestId('current-block')).toHaveAttribute(
        'data-block-id',
        'stem-bureaucraat',
      );
      await desk.keyboard.press('ArrowLeft');
      await expect(desk.getByTestId('current-block')).toHaveAttribute(
        'data-block-id',
        'casus-bureaucraat',
      );
      await desk.keyboard.press('?');
      await expect(desk.getByTestId('shortcuts-toggle')).toHaveAttribute('aria-expanded', 'true');
      await desk.keyboard.press('?');
    });

    await test.step('a phone offers "send change" only once there is a change', async () => {
      await gotoBlock(desk, 'verwachtingen');
      const phone = anna.page;
      const submit = phone.getByTestId('poll-submit');
      const options = phone.getByTestId('poll-option');
      await options.nth(0).click();
      await options.nth(1).click();
      await expect(submit).toHaveText('Versturen');
      await submit.click();
      await expect(phone.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
      await expect(submit, 'nothing to send once it is sent').toHaveCount(0);
      await shot(phone, 'phone-360-poll-sent');
      await options.nth(2).click();
      await expect(submit).toHaveText('Wijziging versturen');
      await options.nth(2).click();
      await expect(submit, 'back to what was sent: no change').toHaveCount(0);
      await options.nth(2).click();
      await submit.click();
      await expect(phone.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
      await expect(submit).toHaveCount(0);
      // A single-choice vote sends with the tap and never had a button.
      await gotoBlock(desk, 'stem-bureaucraat');
      await answerPoll(bram.page, 'doorzetten');
      await expect(bram.page.getByTestId('poll-submit')).toHaveCount(0);

      await gotoBlock(desk, 'mijn-profiel');
      const input = phone.getByTestId('reflection-input');
      const send = phone.getByTestId('reflection-submit');
      await input.fill('Meer Verbinder dan ik dacht.');
      await send.click();
      await expect(phone.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
      await expect(send, 'the reflection is in: no button').toHaveCount(0);
      await input.fill('Meer Verbinder dan ik dacht, en minder Bureaucraat.');
      await expect(send).toHaveText('Wijziging versturen');
      await shot(phone, 'phone-360-reflection-changed');
      await send.click();
      await expect(send).toHaveCount(0);
    });

    await test.step('a phone in a group sees its partner by name and itself as "jij"', async () => {
      await gotoBlock(desk, 'keukenbezoek');
      await desk.getByTestId('groups-form').click();
      await expect(desk.getByTestId('group')).toHaveCount(2);
      const groupOf = new Map<string, string>();
      for (const phone of room.phones) {
        const group = phone.page.getByTestId('group');
        await expect(group).toBeVisible();
        groupOf.set(phone.id, (await group.getAttribute('data-group-number')) ?? '');
      }
      for (const phone of room.phones) {
        const partners = room.phones.filter(
          (other) => other !== phone && groupOf.get(other.id) === groupOf.get(phone.id),
        );
        const members = phone.page.getByTestId('group-member');
        await expect(members).toHaveCount(partners.length + 1);
        const me = phone.page.locator('[data-testid="group-member"][data-me="true"]');
        await expect(me).toHaveCount(1);
        await expect(me).toContainText('jij');
        const others = phone.page.locator('[data-testid="group-member"][data-me="false"]');
        expect((await others.allTextContents()).map((text) => text.trim()).sort()).toEqual(
          partners.map((partner) => partner.name ?? 'Anonieme deelnemer').sort(),
        );
        // Nobody outside the group is named on this phone.
        const text = (await phone.page.getByTestId('group').textContent()) ?? '';
        for (const stranger of room.phones) {
          if (stranger.name === null || groupOf.get(stranger.id) === groupOf.get(phone.id))
            continue;
          expect(text).not.toContain(stranger.name);
        }
      }
      await shot(anna.page, 'phone-360-group');
      await checkScreen(anna.page, testInfo, 'phone 360 group');
    });

    await test.step('a phone that opens the front page mid-workshop is offered the way back', async () => {
      const phone = chris.page;
      await phone.goto('/');
      const back = phone.getByTestId('landing-return');
      await expect(back).toBeVisible();
      await expect(back).toHaveText('Terug naar je workshop');
      await expect(phone.getByTestId('landing-return-card')).toContainText(flagship.title);
      await shot(phone, 'phone-landing-return');
      await back.click();
      await expect(phone.getByTestId('current-block')).toHaveAttribute(
        'data-block-id',
        'keukenbezoek',
      );
    });

    await test.step('at 1024 px and on a tablet the console still works', async () => {
      await gotoBlock(desk, 'casus-bureaucraat');
      await desk.setViewportSize({ width: 1024, height: 768 });
      await shot(desk, 'console-1024');
      await expectOnFirstScreen(desk, desk.getByTestId('block-notes'), 'the notes at 1024');
      await expectOnFirstScreen(desk, desk.getByTestId('participant-list'), 'who is in at 1024');
      await expectOnFirstScreen(desk, desk.getByTestId('session-end'), 'end session at 1024');
      await desk.setViewportSize({ width: 820, height: 1180 });
      await shot(desk, 'console-tablet', true);
      // Stacked on a tablet: the agenda scrolls in its own box, so the people follow soon.
      const top = await desk.getByTestId('participant-list').evaluate((list) => {
        return list.getBoundingClientRect().top + window.scrollY;
      });
      expect(top, 'who is in within two tablet screens').toBeLessThan(2 * 1180);
      await checkScreen(desk, testInfo, 'console tablet');
      await desk.setViewportSize(LAPTOP);
    });

    await test.step('after ending, the console offers the report and the library', async () => {
      await gotoBlock(desk, 'afsluiting');
      await desk.getByTestId('session-end').click();
      await desk.getByTestId('session-end-confirm').click();
      await expect(desk.getByTestId('room-status')).toHaveAttribute('data-status', 'ended');
      const ended = desk.getByTestId('console-ended');
      await expect(ended).toBeInViewport();
      await expect(desk.getByTestId('console-report')).toBeInViewport();
      await expect(desk.getByTestId('console-library-link')).toBeInViewport();
      expect(await pageOverflow(desk)).toBeLessThan(0.25);
      await shot(desk, 'console-1280-ended');
      await checkScreen(desk, testInfo, 'console ended');
      const [report] = await Promise.all([
        desk.waitForEvent('popup'),
        desk.getByTestId('console-report').click(),
      ]);
      await expect(report.locator('body')).toContainText(flagship.title);
      await report.close();
      await desk.getByTestId('console-library-link').click();
      await expect(desk).toHaveURL(/\/facilitator\/library$/);
      await expect(
        desk.locator(`[data-testid="library-row"][data-room-id="${room.roomId}"]`),
      ).toBeVisible();
    });

    expect(room.problems).toEqual([]);
  } finally {
    await room.close();
  }
});

test('the new-session page renders the programme description, and the co-facilitator link copies', async ({
  browser,
}, testInfo) => {
  const context = await desktopContext(browser, LAPTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  try {
    await signIn(page);
    await page.getByTestId('new-room-scenario').selectOption(flagship.id);
    const description = page.getByTestId('scenario-description');
    await expect(description).toBeVisible();
    const text = (await description.textContent()) ?? '';
    for (const raw of ['**', '| ---', '# ', '|']) {
      expect(text, `no raw "${raw}" in the description`).not.toContain(raw);
    }
    await expect(description.locator('strong').first()).toHaveText(
      'Dagschema bij een start om 09:30',
    );
    await expect(description.locator('table tbody tr').first()).toContainText('09:30');
    await shot(page, 'new-room-description', true);
    await checkScreen(page, testInfo, 'new room with description');

    const { roomId } = await createRoom(page, flagship.id);
    const row = roomRow(page, roomId);
    const href = await row.getByTestId('room-cofacilitator-link').getAttribute('href');
    await row.getByTestId('room-cofacilitator-copy').click();
    await expect(row.getByTestId('room-cofacilitator-copy-done')).toHaveText('Link gekopieerd');
    // The whole address (this server's network address where it knows one), key and all.
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^https?:\/\//);
    expect(new URL(copied).pathname + new URL(copied).hash).toBe(href);
  } finally {
    await context.close();
  }
});

test('a phone that left a workshop is not offered the way back to it', async ({ browser }) => {
  const desk = await (await desktopContext(browser, LAPTOP)).newPage();
  const phone = await (await phoneContext(browser, 'Galaxy S8')).newPage();
  try {
    await signIn(desk);
    const { code } = await createRoom(desk, 'demo');
    await phone.goto('/');
    await expect(phone.getByTestId('landing-return')).toHaveCount(0);
    await phone.goto(`/j/${code}`);
    await joinAs(phone, 'Dirk');
    await phone.goto('/');
    await expect(phone.getByTestId('landing-return')).toBeVisible();
    await phone.getByTestId('landing-return').click();
    await expect(phone.getByTestId('participant-lobby')).toBeVisible();
    await phone.getByTestId('leave').click();
    await phone.getByTestId('leave-confirm').click();
    await expect(phone.getByTestId('participant-left')).toBeVisible();
    await phone.goto('/');
    await expect(phone.getByTestId('join-code-form')).toBeVisible();
    await expect(phone.getByTestId('landing-return')).toHaveCount(0);
  } finally {
    await desk.context().close();
    await phone.context().close();
  }
});
