import { expect, test } from '@playwright/test';
import { API, formatJoinCode, JOIN_CODE_ALPHABET, PATHS } from '@samenspel/shared';
import { apiCreateRoom, apiSignIn } from '../support/api.js';
import { phoneContext, watchPage } from '../support/browsers.js';
import { createRoom, signIn } from '../support/facilitator.js';
import { enterCode, joinAs } from '../support/phone.js';

test('a wrong passphrase shows an error and grants nothing', async ({ page, request }) => {
  await page.goto(PATHS.facilitatorHome);
  await page.getByTestId('login-passphrase').fill('not-the-passphrase');
  await page.getByTestId('login-submit').click();

  const error = page.getByTestId('login-error');
  await expect(error).toBeVisible();
  await expect(error).not.toBeEmpty();
  await expect(page.getByTestId('login-passphrase')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('new-room-form')).toHaveCount(0);
  await expect(page.getByTestId('room-list')).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

  // A console link still asks for a sign-in, and the API gives nothing away either.
  await page.goto(PATHS.console('no-such-room'));
  await expect(page.getByTestId('console-no-key')).toBeVisible();
  const login = await request.post(API.session, { data: { passphrase: 'not-the-passphrase' } });
  expect(login.status()).toBe(401);
  expect(JSON.stringify(await login.json())).not.toContain('token');
  expect((await request.get(API.rooms)).status()).toBe(401);
  expect(
    (await request.get(API.rooms, { headers: { Authorization: 'Bearer forged' } })).status(),
  ).toBe(401);
});

test('an unknown join code is said plainly', async ({ page, request }) => {
  // A well-formed code that belongs to no room.
  let code = '';
  for (const letter of JOIN_CODE_ALPHABET) {
    code = letter.repeat(6);
    if ((await request.get(API.join(code))).status() === 404) break;
  }
  await enterCode(page, code.toLowerCase());
  const unknown = page.getByTestId('unknown-code');
  await expect(unknown).toBeVisible();
  await expect(unknown).toContainText(formatJoinCode(code));
  await expect(page.getByTestId('join-form')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /code/i })).toHaveAttribute('href', '/');

  // Something that cannot be a code at all is caught before asking the server.
  await enterCode(page, '0O1IL');
  await expect(page.getByTestId('join-code-input')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('a presenter link with a wrong key is refused', async ({ browser, request }) => {
  const token = await apiSignIn(request);
  const room = await apiCreateRoom(request, token, 'demo');
  const other = await apiCreateRoom(request, token, 'demo');
  const last = room.presenterKey.at(-1) === 'A' ? 'B' : 'A';
  const wrongKeys = {
    made_up: 'not-a-key',
    tampered: `${room.presenterKey.slice(0, -1)}${last}`,
    another_room: other.presenterKey,
  };

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    for (const [why, key] of Object.entries(wrongKeys)) {
      await page.goto(PATHS.presenter(room.roomId, encodeURIComponent(key)));
      await page.reload(); // a new hash alone does not load the page again
      const refused = page.getByTestId('connect-refused');
      await expect(refused, `presenter key: ${why}`).toBeVisible();
      await expect(refused).not.toBeEmpty();
      await expect(refused).toHaveAttribute('data-reason', 'unauthorized');
      await expect(page.getByTestId('join-code')).toHaveCount(0);
      await expect(page.getByTestId('join-qr')).toHaveCount(0);
    }
    // The right key opens the same room.
    await page.goto(PATHS.presenter(room.roomId, room.presenterKey));
    await page.reload();
    await expect(page.getByTestId('join-code')).toHaveAttribute('data-code', room.code);
  } finally {
    await context.close();
  }
});

test('names with HTML are shown as inert text', async ({ browser, page }) => {
  const names = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>'];
  const problems: string[] = [];
  watchPage(page, 'facilitator', problems);
  await signIn(page);
  const room = await createRoom(page, 'demo');
  await page.getByTestId('room-created-console-link').click();
  await expect(page.getByTestId('join-code')).toHaveAttribute('data-code', room.code);

  const contexts = [];
  try {
    for (const [index, name] of names.entries()) {
      const context = await phoneContext(browser, 'Pixel 7');
      contexts.push(context);
      const phone = watchPage(await context.newPage(), `phone ${index + 1}`, problems);
      await enterCode(phone, room.code);
      await joinAs(phone, name);
      await expect(phone.getByTestId('participant-welcome')).toContainText(name);
      await expect(phone.locator('img[src="x"], main script')).toHaveCount(0);
    }

    const shown = page.getByTestId('participant-name');
    await expect(shown).toHaveText(names);
    await expect(page.getByTestId('participant-list').locator('img, script')).toHaveCount(0);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    // Give an injected handler a moment to fire, were there one.
    await page.waitForTimeout(500);
    expect(problems, 'no dialogs or page errors').toEqual([]);
  } finally {
    for (const context of contexts) await context.close();
  }
});
