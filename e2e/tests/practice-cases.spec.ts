import { expect, test, type Page } from '@playwright/test';
import { Room } from '../support/room.js';
import { loadScenario, onlyBlock } from '../support/scenario.js';

const intervisie = loadScenario('intervisie-eigen-praktijk');
const byId = (id: string) => {
  const block = intervisie.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`the intervisie has no block "${id}"`);
  return block;
};

interface Dossier {
  title: string;
  who: string;
  stake: string;
  deadline: string;
  named: boolean;
}

async function sendDossier(page: Page, dossier: Dossier): Promise<void> {
  const form = page.getByTestId('practice-form');
  await form.getByTestId('practice-title').fill(dossier.title);
  await form.getByTestId('practice-who').fill(dossier.who);
  await form.getByTestId('practice-stake').fill(dossier.stake);
  await form.getByTestId('practice-deadline').fill(dossier.deadline);
  if (dossier.named) await form.getByTestId('practice-named').check();
  await form.getByTestId('practice-submit').click();
  await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
}

const ZWEMBAD: Dossier = {
  title: 'Het zwembad',
  who: 'Wethouder sport',
  stake: 'Sluiten of renoveren; de raad is verdeeld en de buurt rekent op renovatie.',
  deadline: 'Voor de zomer',
  named: false,
};
const LAADPALEN: Dossier = {
  title: 'Laadpalen in de binnenstad',
  who: 'Gedeputeerde mobiliteit',
  stake: 'Een toezegging aan bewoners die niet in de regeling past.',
  deadline: '',
  named: true,
};

/**
 * A trainer plays the room's own case: phones send in dossiers (one anonymous, one named), the
 * console merges two into one case and shortlists another, the room votes, the facilitator
 * chooses, and the next perspective round shows the chosen case on phone, projector and console.
 */
test('phones send in dossiers, the room votes, and the chosen case is the next round on every screen', async ({
  browser,
}, testInfo) => {
  test.slow();
  const room = await Room.open(browser, intervisie.id, [
    { device: 'Galaxy S8', name: 'Anouk' },
    { device: 'Pixel 7', name: 'Bram' },
    { device: 'iPhone 13', name: null },
  ] as const);
  try {
    await room.joinAll();
    await room.start();
    const [anouk, bram, anon] = room.phones;
    const desk = room.facilitator;
    await room.next(onlyBlock(intervisie, 'practice'));
    await room.expectBlock(byId('dossiers'));

    await sendDossier(anouk!.page, ZWEMBAD);
    await sendDossier(bram!.page, LAADPALEN);
    await expect(room.presenter.getByTestId('presenter-answered')).toHaveAttribute(
      'data-complete',
      '2',
    );
    await room.checkScreens(testInfo, 'dossier sent', anouk!);

    // The console names only the dossier whose author ticked it.
    const dossiers = desk.getByTestId('dossier');
    await expect(dossiers).toHaveCount(2);
    await expect(dossiers.getByTestId('dossier-author')).toHaveText([
      /Anoniem|Bram/,
      /Anoniem|Bram/,
    ]);
    await expect(desk.getByTestId('practice-activity')).not.toContainText('Anouk');

    // Merge both into one case, then shortlist the swimming pool on its own.
    await dossiers.getByTestId('dossier-pick').nth(0).check();
    await dossiers.getByTestId('dossier-pick').nth(1).check();
    await desk.getByTestId('dossiers-merge').click();
    await desk.getByTestId('case-editor-title').fill('Twee toezeggingen');
    await desk.getByTestId('case-editor-save').click();
    await dossiers.filter({ hasText: 'Het zwembad' }).getByTestId('dossier-shortlist').click();
    await desk.getByTestId('case-editor-save').click();
    await expect(desk.getByTestId('candidate')).toHaveCount(2);

    await desk.getByTestId('cases-vote-open').click();
    for (const [phone, title] of [
      [anouk!, 'Twee toezeggingen'],
      [bram!, 'Twee toezeggingen'],
      [anon!, 'Het zwembad'],
    ] as const) {
      await phone.page
        .getByTestId('practice-option')
        .filter({
          has: phone.page.getByTestId('practice-option-title').getByText(title, { exact: true }),
        })
        .click();
      await expect(phone.page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
    }
    await expect(desk.getByTestId('cases-status')).toContainText('3');
    await expect(room.presenter.getByTestId('presenter-practice-votes')).toHaveText('3 stemmen');
    await room.checkScreens(testInfo, 'vote', anon!);

    const winner = desk
      .getByTestId('candidate')
      .filter({ has: desk.getByRole('heading', { name: 'Twee toezeggingen', exact: true }) });
    await expect(winner).toHaveAttribute('data-votes', '2');
    await winner.getByTestId('candidate-choose').click();
    await expect(winner).toHaveAttribute('data-chosen', 'true');
    await expect(anouk!.page.getByTestId('practice-chosen')).toContainText('Twee toezeggingen');

    // The next perspective round plays the chosen case, not the programme's reserve case.
    await room.next(byId('ronde-bureaucraat'));
    await room.expectBlock(byId('ronde-bureaucraat'));
    for (const phone of room.phones) {
      await expect(phone.page.getByTestId('casus-text')).toContainText('Twee toezeggingen');
      await expect(phone.page.getByTestId('casus-text')).not.toContainText('weekmarkt');
    }
    await expect(room.presenter.getByTestId('presenter-case')).toContainText('Twee toezeggingen');
    await expect(desk.getByTestId('current-block-case')).toContainText('Twee toezeggingen');
    await room.checkScreens(testInfo, 'chosen case in the round', bram!);
    expect(room.problems).toEqual([]);
  } finally {
    await room.close();
  }
});
