import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { PATHS } from '@samenspel/shared';
import { apiCreateRoom, apiSignIn } from '../support/api.js';
import { checkScreen } from '../support/axe.js';
import { phoneContext } from '../support/browsers.js';

/** Chunks of the trainer's screens and catalogs, by the names the build gives them. */
const STAFF_CHUNK =
  /\/assets\/(Console|Facilitator|presenter|Presenter|Library|Replay|replay|Studio|staff\.nl|en|qrcode|check)[-.]/;

/** A new room's code and a phone that lists every script it requests, by path. */
async function phoneForNewRoom(browser: Browser, request: APIRequestContext) {
  const token = await apiSignIn(request);
  const { code } = await apiCreateRoom(request, token, 'demo');
  const phone = await phoneContext(browser, 'Pixel 7');
  const page = await phone.newPage();
  const scripts: string[] = [];
  page.on('request', (asked) => {
    if (asked.resourceType() === 'script') scripts.push(new URL(asked.url()).pathname);
  });
  return { code, phone, page, scripts };
}

/**
 * A phone in a room of 200 downloads its own screens only: not the console, presenter, library,
 * replay, studio, their Dutch, or English until someone asks for it.
 */
test('a phone joins without downloading the trainer screens, and English loads when chosen', async ({
  browser,
  request,
}) => {
  const { code, phone, page, scripts } = await phoneForNewRoom(browser, request);

  await page.goto(PATHS.join(code));
  await page.getByTestId('join-name').fill('Femke');
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('participant-lobby')).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => STAFF_CHUNK.test(path))).toEqual([]);

  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
  expect(scripts.filter((path) => /\/assets\/en-/.test(path))).toHaveLength(1);
  // Still nothing of the trainer's screens.
  expect(scripts.filter((path) => STAFF_CHUNK.test(path) && !/\/assets\/en-/.test(path))).toEqual(
    [],
  );
  await phone.close();
});

/** The chunks of the phone's room: its screen, the socket and the block views. */
const ROOM_CHUNK = /\/assets\/(ParticipantRoomRoute|ParticipantView|useRoomConnection)-/;

/**
 * The front door shows its code field from the smallest download; the room's code comes as
 * soon as a phone starts on the field, and the phone gets in as before.
 */
test('the front door opens without the room, which loads once a phone starts typing its code', async ({
  browser,
  request,
}) => {
  const { code, phone, page, scripts } = await phoneForNewRoom(browser, request);

  await page.goto('/');
  await expect(page.getByTestId('join-code-input')).toBeVisible();
  await page.waitForLoadState('load');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => ROOM_CHUNK.test(path))).toEqual([]);
  // Nor does the offline worker fetch the room for it: it is installed once the room is here.
  const workerInstalled = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length > 0);
  expect(await workerInstalled()).toBe(false);

  await page.getByTestId('join-code-input').fill(code);
  await expect
    .poll(() => scripts.filter((path) => ROOM_CHUNK.test(path)).length)
    .toBeGreaterThan(0);
  await page.getByTestId('join-code-submit').click();
  await page.getByTestId('join-name').fill('Femke');
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('participant-lobby')).toBeVisible();
  await expect.poll(workerInstalled).toBe(true);
  await phone.close();
});

/**
 * A join link (the QR code) shows its name form from the same small first download; the room
 * comes while the phone types its name, and the phone gets in with the name it gave.
 */
test('a join link shows its name form without the room, which loads once the phone starts on it', async ({
  browser,
  request,
}, testInfo) => {
  const { code, phone, page, scripts } = await phoneForNewRoom(browser, request);

  await page.goto(PATHS.join(code));
  await expect(page.getByTestId('join-name')).toBeVisible();
  await page.waitForLoadState('load');
  expect(scripts.filter((path) => ROOM_CHUNK.test(path))).toEqual([]);
  await checkScreen(page, testInfo, 'phone: name form by join link');

  await page.getByTestId('join-name').fill('Femke');
  await expect
    .poll(() => scripts.filter((path) => ROOM_CHUNK.test(path)).length)
    .toBeGreaterThan(0);
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('participant-lobby')).toBeVisible();
  await expect(page.getByTestId('participant-welcome')).toContainText('Femke');
  await phone.close();
});

/**
 * On venue Wi-Fi the room's download can fail: the page says so instead of going blank, and
 * gets the room once it is asked to try again, taking in the name already given.
 */
test('a phone whose room does not come through is told so, and gets in on trying again', async ({
  browser,
  request,
}, testInfo) => {
  const { code, phone, page } = await phoneForNewRoom(browser, request);
  let blocked = true;
  await page.route(ROOM_CHUNK, (route) =>
    blocked ? route.abort('internetdisconnected') : route.fallback(),
  );

  await page.goto(PATHS.join(code));
  await page.getByTestId('join-name').fill('Sanne');
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('screen-load-failed')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('kwam niet binnen');
  await checkScreen(page, testInfo, 'phone: room did not come through');

  blocked = false;
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByTestId('participant-lobby')).toBeVisible();
  await expect(page.getByTestId('participant-welcome')).toContainText('Sanne');
  await phone.close();
});
