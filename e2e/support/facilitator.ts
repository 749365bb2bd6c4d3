import { expect, type Page } from '@playwright/test';
import { TEST_PASSPHRASE } from './env.js';

/** Signs in on /facilitator with the test passphrase; ends on the rooms overview. */
export async function signIn(page: Page): Promise<void> {
  await page.goto('/facilitator');
  await page.getByTestId('login-passphrase').fill(TEST_PASSPHRASE);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('new-room-form')).toBeVisible();
}

export interface CreatedRoom {
  roomId: string;
  code: string;
}

/** Creates a room from a scenario on the rooms overview. */
export async function createRoom(page: Page, scenarioId: string): Promise<CreatedRoom> {
  await page.getByTestId('new-room-scenario').selectOption(scenarioId);
  await page.getByTestId('new-room-submit').click();
  const created = page.getByTestId('room-created');
  await expect(created).toBeVisible();
  const roomId = await created.getAttribute('data-room-id');
  const code = await created.getAttribute('data-code');
  if (!roomId || !code) throw new Error('the new room has no id or code');
  return { roomId, code };
}

/** The room's row in the facilitator's room list. */
export function roomRow(page: Page, roomId: string) {
  return page.locator(`[data-testid="room-row"][data-room-id="${roomId}"]`);
}
