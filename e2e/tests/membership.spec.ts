import { expect, test } from '@playwright/test';
import { PATHS } from '@samenspel/shared';
import { checkScreen } from '../support/axe.js';
import { phoneContext } from '../support/browsers.js';
import { answerPoll } from '../support/phone.js';
import { Room, type PhoneSpec } from '../support/room.js';
import { loadScenario, onlyBlock } from '../support/scenario.js';

const demo = loadScenario('demo');
const casus = onlyBlock(demo, 'casus');
const poll = onlyBlock(demo, 'poll');

const PEOPLE: PhoneSpec[] = [
  { device: 'Pixel 7', name: 'Anna de Vries' },
  { device: 'iPhone 13', name: 'Bram Jansen' },
];

/**
 * The facilitator closes the room to newcomers and takes a participant out, in real browsers:
 * a latecomer's phone is told in words, a joined phone still gets back in, and a removed
 * participant's vote leaves the tally while their phone says why.
 */
test('closing the room and removing a participant', async ({ browser }, testInfo) => {
  const room = await Room.open(browser, 'demo', PEOPLE);
  const late = await phoneContext(browser, 'Galaxy S9+');
  try {
    await room.joinAll();
    const anna = room.phones[0]!;
    const bram = room.phones[1]!;
    const desk = room.facilitator;

    // ── Closed before the start: the projector hides its code, a latecomer is told ──────────
    await expect(desk.getByTestId('joins-state')).toHaveAttribute('data-open', 'true');
    // By keyboard: the button is reached and pressed like any other.
    await desk.getByTestId('joins-close').focus();
    await desk.keyboard.press('Enter');
    await expect(desk.getByTestId('joins-state')).toHaveAttribute('data-open', 'false');
    await expect(desk.getByTestId('joins-state')).toContainText(
      'Gesloten voor nieuwe deelnemers sinds',
    );
    await expect(desk.getByTestId('joins-closed-tag')).toHaveText('gesloten');
    await expect(room.presenter.getByTestId('presenter-closed')).toContainText(
      'Deze sessie is gesloten voor nieuwe deelnemers',
    );
    await expect(room.presenter.getByTestId('join-code')).toBeHidden();

    const latePage = await late.newPage();
    await latePage.goto(PATHS.join(room.code));
    await expect(latePage.getByTestId('room-closed')).toHaveText(
      'Deze sessie neemt geen nieuwe deelnemers meer aan.',
    );
    await expect(latePage.getByTestId('join-form')).toHaveCount(0);
    await checkScreen(latePage, testInfo, 'phone room closed');

    // A phone that joined before comes back in with its token, closed or not.
    await anna.page.reload();
    await expect(anna.page.getByTestId('participant-lobby')).toBeVisible();

    // ── Opened again: the latecomer's form appears by itself ────────────────────────────────
    await desk.getByTestId('joins-open').click();
    await expect(latePage.getByTestId('join-form')).toBeVisible();
    await expect(room.presenter.getByTestId('join-code')).toBeVisible();
    await desk.getByTestId('joins-close').click();
    await expect(latePage.getByTestId('room-closed')).toBeVisible();

    // ── A vote, then Bram is taken out ──────────────────────────────────────────────────────
    await room.start();
    await room.next(casus);
    await room.next(poll);
    const first = poll.options[0]!;
    const second = poll.options[1]!;
    await answerPoll(anna.page, first.id);
    await answerPoll(bram.page, second.id);
    const bar = (id: string) =>
      desk
        .getByTestId('activity-panel')
        .locator(`[data-testid="poll-bar"][data-option-id="${id}"]`);
    await expect(bar(second.id)).toHaveAttribute('data-count', '1');
    await expect(desk.getByTestId('answered-count')).toHaveAttribute('data-answered', '2');

    const bramRow = room.participantRow(bram);
    await bramRow.getByRole('button', { name: 'Bram Jansen verwijderen' }).click();
    await expect(bramRow.getByRole('group')).toContainText(
      'Bram Jansen uit de sessie halen? De antwoorden van deze deelnemer tellen dan nergens meer mee. Anonieme reflecties blijven staan; die kun je zo nodig verbergen.',
    );
    await checkScreen(desk, testInfo, 'console remove question');
    await bramRow.getByTestId('participant-remove-confirm').click();

    await expect(bramRow).toHaveAttribute('data-presence', 'removed');
    await expect(bramRow).toContainText('verwijderd');
    await expect(bar(second.id)).toHaveAttribute('data-count', '0');
    await expect(bar(first.id)).toHaveAttribute('data-count', '1');
    await expect(desk.getByTestId('answered-count')).toHaveAttribute('data-answered', '1');
    await expect(desk.getByTestId('answered-count')).toHaveAttribute('data-members', '1');
    await expect(desk.getByTestId('removed-count')).toHaveText('1 deelnemer uit de sessie gehaald');

    // Bram's phone is told in words, and stays told after a reload: the token no longer gets in.
    await expect(bram.page.getByTestId('participant-removed')).toHaveText(
      'De workshopleider heeft je uit deze sessie gehaald.',
    );
    await checkScreen(bram.page, testInfo, 'phone removed');
    await bram.page.reload();
    await expect(bram.page.getByTestId('participant-removed')).toBeVisible();
    await expect(bram.page.getByTestId('poll-option')).toHaveCount(0);

    // Anna carries on as before.
    await expect(anna.page.getByTestId('current-block')).toHaveAttribute('data-block-id', poll.id);
    expect(room.problems).toEqual([]);
  } finally {
    await late.close();
    await room.close();
  }
});
