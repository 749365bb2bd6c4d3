import { expect, type Locator, type Page } from '@playwright/test';

/** Types a join code on the landing page and submits it, as a participant would. */
export async function enterCode(page: Page, typed: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('join-code-input').pressSequentially(typed);
  await page.getByTestId('join-code-submit').click();
}

/** Fills the join form, named or anonymous, and waits for the lobby. */
export async function joinAs(page: Page, name: string | null): Promise<void> {
  if (name === null) {
    await page.getByTestId('join-anonymous').check();
  } else {
    await page.getByTestId('join-name').fill(name);
  }
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('participant-lobby')).toBeVisible();
}

/** The participant id this phone holds, from its view. */
export async function participantId(page: Page): Promise<string> {
  const id = await page
    .locator('[data-testid="room-status"][data-participant-id]')
    .getAttribute('data-participant-id');
  if (!id) throw new Error('this page shows no participant');
  return id;
}

/** Seconds left on a countdown ("m:ss" or "h:mm:ss"). */
export async function secondsLeft(remaining: Locator): Promise<number> {
  const text = (await remaining.textContent())?.trim() ?? '';
  if (!/^\d+(:\d\d){1,2}$/.test(text)) throw new Error(`not a countdown: "${text}"`);
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** What the phone says about its answer: the server has it. */
async function expectReceived(page: Page): Promise<void> {
  await expect(page.getByTestId('answer-state')).toHaveAttribute('data-state', 'sent');
}

/** Taps an option of the vote on screen (the option is a label, as a thumb would hit it). */
export async function answerPoll(page: Page, optionId: string): Promise<void> {
  const option = page.locator(`[data-testid="poll-option"][data-option-id="${optionId}"]`);
  await option.click();
  await expect(option).toHaveAttribute('data-selected', 'true');
  await expectReceived(page);
}

/** Taps a point for each statement of a scale or stellingenlijst, in order; each tap is sent. */
export async function answerScale(
  page: Page,
  values: ReadonlyArray<readonly [statementId: string, value: number]>,
): Promise<void> {
  for (const [statementId, value] of values) {
    const statement = page.locator(
      `[data-testid="scale-statement"][data-statement-id="${statementId}"]`,
    );
    await statement.locator(`[data-testid="scale-choice"][data-value="${value}"]`).click();
    await expect(statement).toHaveAttribute('data-answered', 'true');
    await expect(statement.locator(`input[value="${value}"]`)).toBeChecked();
  }
  await expectReceived(page);
}

/** Writes a reflection, checks the live count, sends it and waits until it is in. */
export async function writeReflection(page: Page, text: string, maxLength: number): Promise<void> {
  await page.getByTestId('reflection-input').fill(text);
  await expect(page.getByTestId('reflection-count')).toHaveText(
    `${text.length} / ${maxLength} tekens`,
  );
  await page.getByTestId('reflection-submit').click();
  await expectReceived(page);
}

/** Writes intentions, one field each (adding a field after the first), and saves them. */
export async function writeIntentions(page: Page, items: readonly string[]): Promise<void> {
  for (const [index, item] of items.entries()) {
    if (index > 0) await page.getByTestId('intention-add').click();
    await page.getByTestId('intention-input').nth(index).fill(item);
  }
  await page.getByTestId('intentions-submit').click();
  await expect(page.getByTestId('intention-saved')).toHaveText([...items]);
  await expectReceived(page);
}
