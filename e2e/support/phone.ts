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
