import { expect, test } from '@playwright/test';
import { API, PATHS } from '@samenspel/shared';
import { createRoom, roomRow, signIn } from '../support/facilitator.js';

test('new links shut out the old presenter link and show the new ones, other rooms untouched; sign-out ends the token', async ({
  browser,
  page,
  request,
}) => {
  await signIn(page);
  const room = await createRoom(page, 'demo');
  const other = await createRoom(page, 'demo');
  const row = roomRow(page, room.roomId);
  const oldPresenter = await row.getByTestId('room-presenter-link').getAttribute('href');
  const otherPresenter = await roomRow(page, other.roomId)
    .getByTestId('room-presenter-link')
    .getAttribute('href');
  if (!oldPresenter || !otherPresenter) throw new Error('no presenter link');

  const projectorContext = await browser.newContext();
  try {
    const projector = await projectorContext.newPage();
    await projector.goto(oldPresenter);
    await expect(projector.getByTestId('join-code')).toBeVisible();
    const otherProjector = await projectorContext.newPage();
    await otherProjector.goto(otherPresenter);
    await expect(otherProjector.getByTestId('join-code')).toBeVisible();

    // Asked once more, and nothing happens on cancel.
    await row.getByTestId('renew-links-button').click();
    await row.getByTestId('renew-links-button-cancel').click();
    await expect(row.getByTestId('room-presenter-link')).toHaveAttribute('href', oldPresenter);
    await row.getByTestId('renew-links-button').click();
    await row.getByTestId('renew-links-button-confirm').click();

    const shown = row.getByTestId('renewed-links');
    await expect(shown).toBeVisible();
    const newPresenter = await row.getByTestId('room-presenter-link').getAttribute('href');
    expect(newPresenter).not.toBe(oldPresenter);
    await expect(row.getByTestId('renewed-presenter-link')).toContainText(newPresenter!);

    // The projector on the old link is told at once; the other room's stays on.
    await expect(projector.getByTestId('connect-refused')).toHaveAttribute(
      'data-reason',
      'unauthorized',
    );
    await expect(otherProjector.getByTestId('join-code')).toBeVisible();
    await projector.reload();
    await expect(projector.getByTestId('connect-refused')).toBeVisible();
    await projector.goto(newPresenter!);
    await projector.reload();
    await expect(projector.getByTestId('join-code')).toBeVisible();
  } finally {
    await projectorContext.close();
  }

  // Signing out ends the token on the server, not only in this tab.
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('samenspel.session') ?? '{}') as { token?: string }).token,
  );
  expect(token).toBeTruthy();
  const headers = { Authorization: `Bearer ${token}` };
  expect((await request.get(API.rooms, { headers })).status()).toBe(200);
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('login-passphrase')).toBeVisible();
  await expect.poll(async () => (await request.get(API.rooms, { headers })).status()).toBe(401);
  await page.goto(PATHS.console(room.roomId));
  await expect(page.getByTestId('console-no-key')).toBeVisible();
});
